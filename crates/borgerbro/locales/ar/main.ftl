# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.

language-name = العربية
language-choose = اختر اللغة
skip-link = انتقل إلى محتوى الصفحة
nav-label = القائمة
nav-my-page = صفحتي
nav-log-in = تسجيل الدخول
nav-log-out = تسجيل الخروج
nav-logged-in-as = أنت مسجّل الدخول باسم { $name }
help-link = احصل على مساعدة

demo-banner-title = نسخة تجريبية.
demo-banner-text = هذه نسخة تجريبية فيها أشخاص غير حقيقيين. لا تكتب هنا معلومات حقيقية.

footer-contact-heading = اتصل بنا
footer-phone = الهاتف
footer-email = البريد الإلكتروني
footer-opening-hours = ساعات العمل
footer-links-heading = المزيد
footer-accessibility = بيان إمكانية الوصول
footer-api = واجهة برمجة (API) مفتوحة للأنظمة الأخرى

form-error-summary = هناك مشكلة
form-error-prefix = خطأ

front-title = الصفحة الرئيسية
front-heading = تواصلك الرقمي مع { $authority }
front-lead = هنا يمكنك قراءة رسائلك، والحصول على مساعدة، وتحديد من يُسمح له بمساعدتك. يمكنك دائمًا أن تختار التحدث مع شخص بدلًا من ذلك.
front-logged-out = لقد سجّلت الخروج.
front-online-heading = أنجز الأمر بنفسك
front-online-text = سجّل الدخول لترى رسائلك ومعلوماتك.
front-human-heading = تحدّث مع شخص
front-human-text = هل تجد الخدمات الرقمية صعبة؟ اتصل بنا على { $phone }، أو تعال إلينا. يسعدنا أن نساعدك.

help-title = احصل على مساعدة
help-lead = يمكنك دائمًا الحصول على مساعدة من شخص. لا تحتاج إلى أن تكون ماهرًا في استخدام الكمبيوتر.
help-call-heading = اتصل بنا
help-call-text = اتصل بـ Borgerservice (خدمة المواطنين) على { $phone }. يمكننا مساعدتك في كل شيء عبر الهاتف.
help-call-button = اتصل على { $phone }
help-visit-heading = تعال إلينا
help-visit-text = أهلًا بك في Borgerservice (خدمة المواطنين). أحضر بطاقتك الصحية أو بطاقة هوية أخرى بها صورة إن كانت معك.
help-write-heading = اكتب إلينا
help-write-text = يمكنك أيضًا إرسال بريد إلكتروني. لا تكتب رقم CPR (رقمك الشخصي) في بريد إلكتروني عادي.
help-rights-heading = حقوقك
help-rights-paper = يمكنك الحصول على رسائلك على الورق بدلًا من الشكل الرقمي. لا يلزمك أن تذكر سببًا.
help-rights-helper = يمكنك أن تسمح لشخص آخر بمساعدتك دون أن تعطيه كلمة المرور الخاصة بك.
help-rights-no-mitid = إذا لم يكن لديك MitID أو رقم CPR، فإن Borgerservice (خدمة المواطنين) تساعدك فيما تحتاج إليه.

a11y-title = بيان إمكانية الوصول
a11y-lead = تريد { $authority } أن يتمكن الجميع من استخدام هذا الموقع، ومنهم من يعاني من ضعف في البصر أو السمع أو الحركة، أو يجد صعوبة في القراءة.
a11y-status-heading = ما مدى سهولة الوصول إلى الموقع؟
a11y-status-text = الموقع مصمَّم وفق معيار WCAG 2.1 على المستوى AA. نختبر كل صفحة آليًا قبل نشرها.
a11y-how-heading = كيف نعمل
a11y-how-tests = تُفحص كل صفحة بأداة axe، على الهاتف وعلى شاشة كبيرة.
a11y-how-nojs = كل شيء يعمل بدون JavaScript.
a11y-how-mobile = يمكن استخدام الموقع على شاشة هاتف ضيقة، وباستخدام لوحة المفاتيح وحدها.
a11y-feedback-heading = هل وجدت مشكلة؟
a11y-feedback-text = أخبرنا بها وسنصلحها. اكتب إلى
a11y-feedback-phone = أو اتصل على { $phone }.
a11y-complaint-heading = الشكاوى
a11y-complaint-text = إذا لم تحصل على رد مفيد، يمكنك تقديم شكوى إلى Digitaliseringsstyrelsen (الوكالة الدنماركية للحكومة الرقمية)، وهي الجهة التي تراقب إمكانية الوصول.

my-title = صفحتي
my-heading = مرحبًا { $name }
my-roles-heading = ما يمكنك فعله هنا
my-now-heading = ما ينتظرك
my-now-unread =
    { $count ->
        [zero] ليست لديك رسائل لم تقرأها
        [one] لديك رسالة واحدة لم تقرأها
        [two] لديك رسالتان لم تقرأهما
        [few] لديك { $count } رسائل لم تقرأها
        [many] لديك { $count } رسالة لم تقرأها
       *[other] لديك { $count } رسالة لم تقرأها
    }
my-now-no-unread = لقد قرأت كل رسائلك.
my-now-deadline = أجب قبل { $date }
my-now-next-booking = موعدك القادم
my-now-no-booking = ليست لديك مواعيد.
my-now-asked-to-help = أعطاك { $names } إذنًا بالمساعدة. يسري الإذن عندما توافق.
my-now-answer = أجب بنعم أو لا
my-now-helpers = يمكن لـ { $names } مساعدتك.
my-now-no-helpers = لا أحد لديه إذن بمساعدتك حتى الآن.
my-now-choose-helper = اختر شخصًا يمكنه مساعدتك
my-now-given-waiting = ننتظر أن يوافق { $names } على مساعدتك.
my-now-helping = أنت تساعد
my-queues-heading = ما ينتظر اليوم
my-queue-escalations =
    { $count ->
        [0] لا توجد رسائل تنتظر المتابعة
        [zero] لا توجد رسائل تنتظر المتابعة
        [one] رسالة واحدة غير مقروءة تنتظر المتابعة
        [two] رسالتان غير مقروءتين تنتظران المتابعة
        [few] { $count } رسائل غير مقروءة تنتظر المتابعة
        [many] { $count } رسالة غير مقروءة تنتظر المتابعة
       *[other] { $count } رسالة غير مقروءة تنتظر المتابعة
    }
my-queue-print =
    { $count ->
        [0] لا توجد رسائل للطباعة
        [zero] لا توجد رسائل للطباعة
        [one] رسالة واحدة يجب طباعتها وإرسالها
        [two] رسالتان يجب طباعتهما وإرسالهما
        [few] { $count } رسائل يجب طباعتها وإرسالها
        [many] { $count } رسالة يجب طباعتها وإرسالها
       *[other] { $count } رسالة يجب طباعتها وإرسالها
    }
my-queue-reviews =
    { $count ->
        [zero] لا توجد تقييمات منشورة تحتاج إلى مراجعة
        [one] تقييم واحد منشور يحتاج إلى مراجعة جديدة
        [two] تقييمان منشوران يحتاجان إلى مراجعة جديدة
        [few] { $count } تقييمات منشورة تحتاج إلى مراجعة جديدة
        [many] { $count } تقييمًا منشورًا يحتاج إلى مراجعة جديدة
       *[other] { $count } تقييم منشور يحتاج إلى مراجعة جديدة
    }
my-queue-benefits =
    { $count ->
        [zero] لا توجد فوائد لم تبلغ هدفها
        [one] فائدة واحدة لم تبلغ هدفها أو تسير في الاتجاه الخاطئ
        [two] فائدتان لم تبلغا هدفهما أو تسيران في الاتجاه الخاطئ
        [few] { $count } فوائد لم تبلغ أهدافها أو تسير في الاتجاه الخاطئ
        [many] { $count } فائدة لم تبلغ أهدافها أو تسير في الاتجاه الخاطئ
       *[other] { $count } فائدة لم تبلغ أهدافها أو تسير في الاتجاه الخاطئ
    }
my-queue-ring =
    { $count ->
        [zero] لا يوجد مواطنون يجب الاتصال بهم
        [one] مواطن واحد يجب الاتصال به: الرسالة الخاصة بموعده لن تصل إليه
        [two] مواطنان يجب الاتصال بهما: الرسالة الخاصة بموعدهما لن تصل إليهما
        [few] { $count } مواطنين يجب الاتصال بهم: الرسالة الخاصة بموعدهم لن تصل إليهم
        [many] { $count } مواطنًا يجب الاتصال بهم: الرسالة الخاصة بموعدهم لن تصل إليهم
       *[other] { $count } مواطن يجب الاتصال بهم: الرسالة الخاصة بموعدهم لن تصل إليهم
    }
my-queue-bookings =
    { $count ->
        [0] لا توجد مواعيد اليوم
        [zero] لا توجد مواعيد اليوم
        [one] موعد واحد اليوم
        [two] موعدان اليوم
        [few] { $count } مواعيد اليوم
        [many] { $count } موعدًا اليوم
       *[other] { $count } موعد اليوم
    }

role-citizen = مواطن
role-citizen-description = اقرأ رسائلك، واختر كيف نتواصل معك، وحدّد من يُسمح له بمساعدتك.
role-helper = مساعِد
role-helper-description = ساعد مواطنًا أعطاك إذنًا بذلك. لا ترى إلا ما وافق عليه المواطن.
role-caseworker = موظف معالجة الحالات
role-caseworker-description = أرسل الرسائل وتابع هل تُقرأ الرسائل المهمة.
role-front-desk = Borgerservice (خدمة المواطنين)
role-front-desk-description = ساعد المواطنين عند مكتب الاستقبال وعبر الهاتف، ومنهم من ليس لديه MitID.
role-project-owner = مالك المشروع
role-project-owner-description = قيّم ما يعنيه حل رقمي جديد للمواطنين قبل البدء فيه.
role-dpo = مسؤول حماية البيانات
role-dpo-description = علّق على جزء حماية البيانات في تقييمات الأثر ووافق عليه.
role-citizens-adviser = مستشار المواطنين
role-citizens-adviser-description = علّق على تقييمات الأثر ووافق عليها من جانب المواطنين.
role-administrator = المسؤول عن النظام
role-administrator-description = أعِدّ Borgerbro، وامنح الأنظمة الأخرى صلاحية الوصول بمفاتيح API.
role-network-member = عضو في الشبكة
role-network-member-description = شارك المواد، واقترح بنودًا للاجتماعات، ونظّم دورات وفعاليات لمنظمتك.
role-network-coordinator = منسق الشبكة
role-network-coordinator-description = وافق على الأعضاء الجدد، وأدر اجتماعات الشبكة وخطة عملها.

login-title = تسجيل الدخول
login-mitid-lead = سجّل الدخول بـ MitID لترى رسائلك ومعلوماتك.
login-mitid-button = تسجيل الدخول بـ MitID
login-demo-heading = اختر شخصًا تجريبيًا
login-demo-lead = في النسخة التجريبية تسجّل الدخول باسم أحد هؤلاء الأشخاص غير الحقيقيين. كل شخص يُظهر كيف يبدو Borgerbro لنوع معيّن من المستخدمين.
login-demo-button = سجّل الدخول باسم { $name }
login-demo-unknown = هذا الشخص غير موجود في النسخة التجريبية. ارجع إلى صفحة تسجيل الدخول، واختر أحد الأشخاص في القائمة.
login-none = تسجيل الدخول غير مُعَدّ بعد. اتصل بنا على { $phone } وسنساعدك.
login-no-mitid-heading = ليس لديك MitID؟
login-no-mitid-text = لا يزال بإمكانك الحصول على مساعدة في كل شيء. اتصل بـ Borgerservice (خدمة المواطنين) على { $phone }، أو تعال إلينا.
login-failed = لم نتمكن من تسجيل دخولك. حاول مرة أخرى من صفحة تسجيل الدخول. إذا استمرت المشكلة، اتصل بنا.
login-failed-unknown-key = لم نتمكن من تسجيل دخولك، لأننا لم نستطع التحقق من توقيع خدمة تسجيل الدخول. هذا ليس خطأك. حاول مرة أخرى بعد بضع دقائق. إذا استمرت المشكلة، اتصل بنا.
login-provider-down = لا نستطيع الاتصال بـ MitID الآن. حاول مرة أخرى بعد قليل، أو اتصل بنا.

apikeys-title = مفاتيح API
apikeys-lead = تستخدم الأنظمة الأخرى، مثل روبوت الهاتف أو نظام الملفات، مفتاح API للتواصل مع Borgerbro. أعطِ كل نظام مفتاحه الخاص، حتى تستطيع إيقاف نظام واحد في كل مرة.
apikeys-create-heading = أنشئ مفتاحًا جديدًا
apikeys-name-label = اسم النظام
apikeys-name-hint = مثلًا "روبوت الهاتف" أو "نظام الملفات". 100 حرف على الأكثر.
apikeys-name-missing = اكتب اسم النظام الذي سيستخدم المفتاح.
apikeys-name-too-long = يجب ألا يزيد الاسم على 100 حرف. اجعله أقصر.
apikeys-create-button = أنشئ المفتاح
apikeys-created-heading = تم إنشاء المفتاح
apikeys-created-text = انسخ المفتاح الآن واحفظه في مكان آمن. لن يظهر إلا هذه المرة فقط.
apikeys-list-heading = المفاتيح
apikeys-none = لا توجد مفاتيح بعد.
apikeys-col-name = النظام
apikeys-col-created = تاريخ الإنشاء
apikeys-col-status = الحالة
apikeys-revoked = موقوف
apikeys-revoke-button = أوقف مفتاح { $name }
apikeys-scopes-legend = ما المسموح للنظام أن يفعله؟
apikeys-scopes-hint = اختر فقط ما يحتاج إليه النظام. إذا احتاج إلى المزيد لاحقًا، فأنشئ مفتاحًا جديدًا.
apikeys-scope-missing = اختر شيئًا واحدًا على الأقل يُسمح للنظام به.
apikeys-scope-unknown = اختر من القائمة.
apikeys-scopes-none = لا شيء
apikeys-col-scopes = المسموح به
apiscope-people = تسجيل الأشخاص وتغيير ما إذا كانوا يحصلون على رسائل ورقية
apiscope-letters-send = إرسال الرسائل
apiscope-letters-read = متابعة الرسائل التي أرسلها النظام نفسه (فُتحت، الردود، الموعد النهائي)
apiscope-letters-read-all = متابعة كل الرسائل، ومنها التي أرسلها آخرون
apiscope-print = جلب الرسائل الورقية من قائمة انتظار الطباعة
apiscope-mandates-check = التحقق مما إذا كان يُسمح لمساعِد بفعل شيء ما
apiscope-mandates-read = رؤية الأذونات التي أعطاها مواطن
apiscope-mandates-give = إعطاء أذونات يجب أن يوافق عليها المساعِد، وتغيير وإنهاء الأذونات التي أعطاها النظام نفسه
apiscope-mandates-in-person = إعطاء أذونات تم الاتفاق عليها بالحضور الشخصي، وتسري فورًا
apiscope-mandates-manage-all = تغيير وإنهاء كل الأذونات، ومنها التي أعطاها المواطن أو أنظمة أخرى
apiscope-bookings = رؤية الأوقات المتاحة، والحجز، ورؤية حجوزات النظام نفسه وإلغاؤها

error-go-front = انتقل إلى الصفحة الرئيسية
error-call-us = اتصل بنا على { $phone } إذا كنت تحتاج إلى مساعدة.
error-request-id = رمز الخطأ: { $id }. اذكره إذا اتصلت بنا بشأن الخطأ.
error-not-found-title = الصفحة غير موجودة
error-not-found-next = تحقق من أن العنوان مكتوب بشكل صحيح، أو ابدأ من الصفحة الرئيسية.
error-not-covered-title = إذنك لا يشمل هذا
error-not-covered-next = الإذن الذي أعطاك إياه المواطن لا يشمل ما حاولت رؤيته أو فعله. يمكن للمواطن أن يعطيك إذنًا أوسع من خلال "الأشخاص الذين يمكنهم مساعدتك" في صفحتي، أو في Borgerservice (خدمة المواطنين).
error-forbidden-title = ليس لديك صلاحية الوصول إلى هذه الصفحة
error-forbidden-next = هذه الصفحة مخصصة فقط لأشخاص لهم دور معيّن. سجّل الدخول باسم شخص آخر، أو انتقل إلى صفحتك.
error-csrf-title = النموذج قديم جدًا
error-csrf-next = لأسباب أمنية لم نتمكن من قبول النموذج. ارجع، وأعد تحميل الصفحة، ثم أرسله مرة أخرى. ما كتبته لا يزال موجودًا.
error-unauthorized-title = مفتاح API مفقود
error-unauthorized-next = أرسل مفتاح API صالحًا في الحقل Authorization بالشكل "Bearer KEY"، حيث KEY هو المفتاح. يمكن لمسؤول النظام إنشاء مفتاح.
error-bad-request-title = لم نتمكن من استخدام ذلك
error-bad-form = لم نتمكن من قراءة ما أُرسل. ارجع، وتحقق من الحقول، ثم حاول مرة أخرى.
error-too-large-title = هذا كبير جدًا
error-too-large-next = ما أرسلته كبير جدًا. اجعله أصغر، ثم حاول مرة أخرى.
error-unavailable-title = لا نستطيع جلب معلوماتك الآن
error-unavailable-next = حاول مرة أخرى بعد بضع دقائق. لم يضِع أي شيء.
error-too-many-title = لقد حاولت مرات كثيرة جدًا
error-too-many-next = حاول مرة أخرى في الساعة { $time }. إذا كنت لا تريد الانتظار، فاتصل بنا.
error-too-many-api-next = طلبات كثيرة جدًا. حاول مرة أخرى بعد { $seconds } ثانية (انظر Retry-After).
form-too-many = تم الإرسال من هنا مرات كثيرة جدًا. حاول مرة أخرى في الساعة { $time }، أو اتصل بنا.
error-missing-scope = لا يُسمح لمفتاح API بهذا. تنقصه الصلاحية { $scope }؛ يمكن لمسؤول النظام إنشاء مفتاح له هذه الصلاحية.
error-internal-title = حدث خطأ من جهتنا
error-internal-next = هذا ليس خطأك. حاول مرة أخرى بعد قليل. إذا استمرت المشكلة، اتصل بنا.

footer-check = افحص نصك الدنماركي من حيث وضوح اللغة

check-title = افحص نصك
check-lead = الصق نصًا باللغة الدنماركية، مثل رسالة إلى مواطن. ستعرف مدى سهولة قراءته، وما يمكنك فعله لجعله أسهل. لا يتم حفظ النص.
check-text-label = نصك
check-text-hint = 100.000 حرف على الأكثر. لا تكتب أرقام CPR أو معلومات شخصية أخرى.
check-text-missing = اكتب أو الصق النص الذي تريد فحصه.
check-text-too-long = النص طويل جدًا. افحص 100.000 حرف على الأكثر في كل مرة، مثلًا قسمًا واحدًا في كل مرة.
check-format-label = كيف كُتب النص؟
check-format-text = نص عادي
check-format-markdown = Markdown
check-format-html = HTML
check-format-unknown = اختر أحد الأشكال في القائمة.
check-button = افحص النص
check-result-heading = النتيجة
check-lix = LIX { $lix }:
check-band = قراءة النص "{ $band }" (حسب مقياس دنماركي).
check-counts-words = الكلمات
check-counts-sentences = الجمل
check-counts-long-words = كلمات طويلة (أكثر من 6 أحرف)
check-needs-summary = يجب أن يبدأ النص بفقرة "Kort fortalt" (باختصار): بضع جمل قصيرة عن أهم شيء.
check-advice-heading = ما يمكنك فعله
check-marked-heading = نصك مع الملاحظات
check-notes-heading = الملاحظات
check-suggestion = اقتراح
check-kind-cpr-number = رقم CPR
check-kind-very-long-sentence = جملة طويلة جدًا
check-kind-long-sentence = جملة طويلة
check-kind-long-paragraph = فقرة طويلة
check-kind-officialese = لغة رسمية معقدة
check-kind-jargon = مصطلحات متخصصة
check-kind-nominalisation = فعل تحوّل إلى اسم
check-kind-passive = صيغة المبني للمجهول
check-kind-abbreviation = اختصار
check-kind-old-address = صيغة مخاطبة قديمة
check-kind-very-long-word = كلمة طويلة جدًا
check-api-too-large = يجب ألا يزيد النص على 131.072 حرفًا. قسّمه، وأرسل الأجزاء كلًا على حدة.
check-api-bad-json = أرسل JSON مثل {"{"}"text": "...", "format": "text"{"}"}. يمكن أن يكون الشكل text أو markdown أو html.

error-invalid-title = هناك شيء يجب تصحيحه
error-invalid-next = حقل واحد أو أكثر غير مملوء بشكل صحيح. انظر القائمة "errors"، وصحّح الحقول، ثم أرسل مرة أخرى.
error-conflict-title = موجود بالفعل

people-name-missing = اكتب اسم الشخص.
people-name-too-long = يجب ألا يزيد الاسم على 200 حرف.
people-cpr-not-ten-digits = يتكون رقم CPR من 10 أرقام، مثل 150584-1234. تحقق من الرقم.
people-cpr-not-a-date = أول 6 أرقام في رقم CPR هي تاريخ الميلاد (اليوم، الشهر، السنة). تحقق من الرقم.
people-cpr-taken = يوجد بالفعل شخص بهذا الرقم CPR. استخدم هذا الشخص بدلًا من ذلك.
people-phone-invalid = اكتب رقم هاتف من 8 أرقام، أو رقمًا أجنبيًا يبدأ بـ +.

my-post-choice = بريد ورقي أو رقمي

postchoice-title = كيف تصلك رسائلك
postchoice-is-digital = تصلك رسائلك بشكل رقمي هنا في Borgerbro.
postchoice-is-paper = تصلك رسائلك على الورق بالبريد.
postchoice-paper-text = هل تفضّل أن تصلك رسائلك على الورق؟ لا يلزمك أن تذكر سببًا. يسري ذلك من الآن، ويمكنك دائمًا العودة إلى الشكل الرقمي.
postchoice-to-paper = أريد رسائلي على الورق
postchoice-back-text = هل تفضّل أن تصلك رسائلك بشكل رقمي مرة أخرى؟ يسري ذلك من الآن.
postchoice-to-digital = أريد رسائلي بشكل رقمي
postchoice-now-paper = الآن تصلك رسائلك على الورق. يسري ذلك بدءًا من الرسالة القادمة.
postchoice-now-digital = الآن تصلك رسائلك بشكل رقمي مرة أخرى.
postchoice-address-heading = عنوانك
postchoice-no-address = ليس لدينا عنوانك. اتصل بنا على { $phone } حتى نتمكن من إرسال رسائلك.

date-long = { $weekday } { $day } { $month } { $year }
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
# Opening hours in a line: a run of days with the same times ("mandag–onsdag 10.00–15.00").
hours-run = { $days } { $opens }–{ $closes }
hours-run-drop-in = { $days } { $opens }–{ $closes } (دون موعد مسبق)
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

my-inbox = رسائلك
my-write = اكتب رسالة
my-escalations = رسائل لم تُقرأ: متابعة

area-housing = السكن
area-health = الصحة
area-pension = المعاش التقاعدي
area-employment = العمل والإعانات
area-family = الأطفال والأسرة
area-tax = الضرائب والمدفوعات
area-bookings = المواعيد والاجتماعات
area-mandates = المساعِدون والأذونات
area-general = أخرى
area-unknown = موضوع غير معروف

inbox-title = رسائلك
inbox-search-label = ابحث في رسائلك
inbox-search-button = بحث
inbox-empty = ليست لديك رسائل بعد.
inbox-none-found = لا توجد رسائل تطابق بحثك. جرّب كلمة أخرى.
inbox-unread = غير مقروءة
inbox-done = تمّت
inbox-unread-count =
    { $count ->
        [0] لا توجد رسائل غير مقروءة
        [zero] لا توجد رسائل غير مقروءة
        [one] رسالة واحدة غير مقروءة
        [two] رسالتان غير مقروءتين
        [few] { $count } رسائل غير مقروءة
        [many] { $count } رسالة غير مقروءة
       *[other] { $count } رسالة غير مقروءة
    }
inbox-filter-label = ابحث عن رسائل
inbox-unread-only = اعرض غير المقروءة فقط
inbox-pages-label = المزيد من الرسائل
inbox-newer = رسائل أحدث
inbox-older = رسائل أقدم
inbox-no-more = لا توجد رسائل أخرى هنا. انتقل إلى الرسائل الأحدث.
inbox-none-unread = لا توجد رسائل غير مقروءة.
inbox-bad-cursor = الرابط إلى صفحة الرسائل لا يعمل. انتقل إلى رسائلك وابحث عن الرسالة من هناك.

letter-deadline = أجب قبل { $date }
letter-deadline-moved = كان الموعد النهائي { $date }. أعطيناك وقتًا أطول لأنك لم تكن قد فتحت الرسالة.
letter-answered = تم الرد على الرسالة في { $date }.
letter-answered-deadline = كان الموعد النهائي { $date }.
letter-from = من
letter-area = الموضوع
letter-summary = باختصار
letter-back = العودة إلى رسائلك
letter-read-aloud = اقرأ بصوت عالٍ
letter-is-done = لقد وضعت علامة "تمّت" على الرسالة.
letter-mark-done = ضع علامة "تمّت"
letter-help = ألا تفهم الرسالة؟ اتصل بنا على { $phone } وسنشرحها لك.

write-title = اكتب رسالة
write-recipient-legend = المستلم
write-recipient-chosen = الرسالة موجهة إلى
write-recipient-paper = يتلقى هذا الشخص الرسائل على الورق، لذلك تُرسل الرسالة بالبريد.
write-recipient-digital = يتلقى هذا الشخص الرسائل بشكل رقمي.
write-recipient-label = ابحث عن المستلم
write-recipient-hint = اكتب اسمًا أو رقم CPR، ثم اضغط بحث.
write-search-button = بحث
write-matches-legend = اختر المستلم
write-area-label = عن ماذا تتحدث الرسالة؟
write-area-hint = يحدد ذلك من يُسمح له بمساعدة المواطن في هذه الرسالة.
write-subject-label = العنوان
write-summary-label = Kort fortalt (باختصار)
write-summary-hint = من 4 إلى 60 كلمة بلغة يومية عن أهم شيء. يظهر في أعلى الرسالة. الرسالة الصعبة يجب أن يكون فيها هذا الجزء؛ افحص النص لتعرف هل تحتاج رسالتك إليه.
write-body-label = الرسالة
write-body-hint = خاطب المواطن مباشرة بـ "du" (أنت). يمكنك استخدام Markdown: # عنوان، **خط عريض**، - نقاط.
write-deadline-label = هل يجب على المواطن أن يفعل شيئًا قبل تاريخ معيّن؟ (اختياري)
write-deadline-hint = إذا لم يقرأ المواطن الرسالة، نتصل به أو نكتب إليه، ويتم تأجيل الموعد النهائي.
write-preview-button = اعرض الرسالة
write-send-button = أرسل الرسالة
write-check-heading = لغة واضحة
write-preview-heading = هكذا سيرى المواطن الرسالة

status-recipient = المستلم
status-sent = أُرسلت
status-on-paper = على الورق
status-opened = فُتحت
status-not-opened = لم تُفتح بعد
status-deadline = الموعد النهائي
status-deadline-was = الموعد النهائي السابق: { $date }
status-escalations = المتابعة
status-no-escalations = لا توجد متابعة بعد.

escalations-title = متابعة الرسائل التي لم تُقرأ
escalations-lead = هؤلاء المواطنون لم يفتحوا رسالة مهمة. تواصل معهم، واكتب كيف سار الأمر. تم تأجيل الموعد النهائي بالفعل.
escalations-none = لا توجد رسائل تحتاج إلى متابعة.
escalations-letter = الرسالة
escalations-contact = التواصل
escalations-moved = الموعد النهائي الجديد: { $date }
escalations-outcome-legend = كيف سار الأمر مع { $name }؟
escalations-save = حفظ
escalation-phone = اتصل بالمواطن
escalation-paper = أرسل الرسالة على الورق
escalation-visit = قم بزيارة المواطن
outcome-reached = تمكّنا من الوصول إلى المواطن
outcome-not-reached = لم نتمكن من الوصول إلى المواطن
outcome-other-channel = تواصلنا مع المواطن بطريقة أخرى

post-recipient-none-found = لم نجد أحدًا بهذا الاسم أو رقم CPR. تحقق من الكتابة، أو ابحث بجزء من الاسم.
post-recipient-missing = اختر لمن الرسالة: ابحث بالاسم أو رقم CPR.
post-recipient-unknown = المستلم غير موجود. أنشئ الشخص أولًا، أو تحقق من المعرّف (id) أو رقم CPR.
post-area-missing = اختر موضوع الرسالة.
post-subject-missing = اكتب عنوانًا.
post-subject-too-long = يجب ألا يزيد العنوان على 200 حرف.
post-summary-too-long = يجب ألا يزيد "Kort fortalt" (باختصار) على 1.000 حرف. اكتب أهم شيء فقط.
post-summary-required = الرسالة صعبة القراءة جدًا دون "Kort fortalt" (باختصار). اكتب "Kort fortalt"، أو اجعل الرسالة أسهل.
post-summary-says-nothing = اكتب "Kort fortalt" (باختصار) في 4 كلمات على الأقل: أهم ما في الرسالة، مثل ما يجب على المواطن فعله ومتى. عبارة "Se brevet" (انظر الرسالة) لا تكفي.
post-summary-not-short = يجب ألا يزيد "Kort fortalt" (باختصار) على 60 كلمة. اكتب أهم شيء فقط، في جملتين أو ثلاث جمل قصيرة.
post-summary-not-plain = اكتب "Kort fortalt" (باختصار) بلغة يومية: دون لغة رسمية معقدة أو مصطلحات متخصصة أو صيغ مخاطبة قديمة، وبجمل قصيرة. افحص النص لترى ما يجب تغييره.
post-body-missing = اكتب الرسالة.
post-body-too-long = يجب ألا تزيد الرسالة على 100.000 حرف.
post-deadline-past = يجب أن يكون الموعد النهائي بعد اليوم.
post-deadline-invalid = اكتب الموعد النهائي على شكل تاريخ، مثل 2026-12-11.
post-deadline-paper-too-soon = يتلقى هذا الشخص الرسائل على الورق. بسبب مدة توصيل البريد سيكون لديه وقت قصير جدًا. أعطه 10 أيام على الأقل بعد وصول الرسالة.
post-idempotency-reused = تم استخدام Idempotency-Key لرسالة أخرى. استخدم مفتاحًا جديدًا لرسالة جديدة.
post-outcome-missing = اختر كيف سار الأمر.
post-attachment-empty = الملف فارغ. اختر ملف PDF الصحيح.
post-attachment-too-large = يجب ألا يزيد حجم المرفق على 20 MB. اجعل الملف أصغر، أو قسّمه إلى عدة ملفات.
post-attachment-not-pdf = يجب أن تكون المرفقات ملفات PDF. احفظ الملف بصيغة PDF، ثم اختره مرة أخرى.
post-attachment-filename-too-long = يجب ألا يزيد اسم ملف المرفق على 255 حرفًا. أعطِ الملف اسمًا أقصر، ثم أرسله مرة أخرى.
post-attachment-too-complex = لا نستطيع استخدام المرفق، لأنه يأخذ مساحة كبيرة جدًا عند فتحه. احفظ ملف PDF مرة أخرى كملف PDF عادي، أو قسّمه إلى عدة ملفات.
post-attachment-bad-base64 = أحد المرفقات ليس base64 صالحًا في data_base64.
post-attachments-too-many = يمكن أن تحتوي الرسالة على 5 مرفقات على الأكثر. احذف مرفقًا، أو أرسل رسالتين.
post-batch-unclosed-field = حقل دمج ينقصه {"}}"} في نهايته. اكتب الحقل هكذا: {"{{"} الاسم {"}}"}.
post-batch-unknown-field = يستخدم القالب حقل دمج غير موجود في القائمة. أضف الحقل إلى القائمة، أو صحّح الاسم في القالب.
post-batch-missing-field = ينقص المستلمَ حقلُ دمج يستخدمه القالب. أضف القيمة.
post-batch-unknown-recipient = لا نعرف المستلم. صحّح رقم CPR أو المعرّف (id)، أو أنشئ الشخص أولًا.
post-batch-too-many = 10.000 مستلم على الأكثر في المرة الواحدة. قسّم القائمة، أو استخدم borgerbro post send-batch.
post-batch-empty = القائمة لا تحتوي على مستلمين.
post-batch-field-too-long = حقل دمج أطول من رسالة كاملة. صحّح القيمة، ثم أرسل مرة أخرى.
post-upload-broken = لم يصل النموذج كاملًا. حاول إرساله مرة أخرى.
letter-attachment-size = PDF، { $size }
letter-attachments = المرفقات
write-attached = المرفقات المضافة
write-remove-attachment = احذف { $name }
write-files-label = أرفق ملفات (اختياري)
write-files-hint = ملفات PDF بحجم 20 MB على الأكثر. { $count } مرفقات على الأكثر. يُرفق الملف عندما تضغط على أحد الأزرار.

my-front-desk = ساعد مواطنًا في بريده
frontdesk-title = Borgerservice (خدمة المواطنين): بريد ورقي أو رقمي
frontdesk-lead = ابحث عن المواطن، وغيّر له البريد إلى ورقي أو رقمي. لا يلزم المواطن أن يذكر سببًا. يُسجَّل في سجل المواطن أنك فعلت ذلك نيابة عنه. يعرض البحث الاسم ورقم CPR فقط. عندما تفتح أي شيء عن المواطن، تكتب أولًا السبب.
frontdesk-search-hint = الاسم أو رقم CPR. المواطنون الذين ليس لديهم رقم CPR يمكن إيجادهم بالاسم.
frontdesk-is-paper = يتلقى الرسائل على الورق.
frontdesk-is-digital = يتلقى الرسائل بشكل رقمي.
frontdesk-to-paper = اجعل { $name } يتلقى الرسائل على الورق
frontdesk-to-digital = اجعل { $name } يتلقى الرسائل الرقمية مرة أخرى
frontdesk-now-paper = { $name } يتلقى الآن الرسائل على الورق، بدءًا من الرسالة القادمة.
frontdesk-now-digital = { $name } يتلقى الآن الرسائل بشكل رقمي مرة أخرى.
frontdesk-open = الرسائل والحماية لـ { $name }
frontdesk-citizen-title = الرسائل والحماية: { $name }
frontdesk-citizen-cpr = رقم CPR
frontdesk-citizen-letters = كيف يتلقى المواطن الرسائل
frontdesk-citizen-protection = الحماية من الرقابة الرقمية

offer-subject = هل تريد أن تصلك رسائلك على الورق؟
offer-summary = يمكنك أن تحصل على رسائلك من البلدية على الورق بدلًا من الشكل الرقمي. لا يلزمك أن تذكر سببًا.
offer-sender = Borgerservice (خدمة المواطنين)
offer-body =
    أرسلنا إليك رسائل رقمية لم تفتحها. لا بأس أبدًا إذا كنت تجد البريد الرقمي صعبًا.

    يمكنك أن تحصل على كل رسائلك منا بالبريد بدلًا من ذلك. لا يلزمك أن تذكر سببًا.

    - اتصل بنا، وسنرتّب الأمر لك.
    - أو تعال إلى Borgerservice (خدمة المواطنين).
    - يمكنك دائمًا العودة إلى الشكل الرقمي.

print-title = رسائل للطباعة
print-lead = رسائل إلى مواطنين يتلقون البريد على الورق، ونسخ ورقية من رسائل مهمة لم تُقرأ. نزّلها كملف PDF واحد، واطبعها، وضع عليها علامة "أُرسلت" عندما تضعها في البريد.
print-none = لا توجد رسائل للطباعة.
print-round-lead =
    { $count ->
        [zero] لا توجد رسائل في قائمة الانتظار.
        [one] الرسائل في قائمة الانتظار فيها مرفقات أكثر مما يتسع له ملف PDF واحد. نزّل أولًا الرسالة الأقدم. ضع عليها علامة "أُرسلت" بعد طباعتها. بعد ذلك يمكنك تنزيل الرسائل التالية.
        [two] الرسائل في قائمة الانتظار فيها مرفقات أكثر مما يتسع له ملف PDF واحد. نزّل أولًا الرسالتين الأقدم. ضع عليهما علامة "أُرسلت" بعد طباعتهما. بعد ذلك يمكنك تنزيل الرسائل التالية.
        [few] الرسائل في قائمة الانتظار فيها مرفقات أكثر مما يتسع له ملف PDF واحد. نزّل أولًا أقدم { $count } رسائل. ضع عليها علامة "أُرسلت" بعد طباعتها. بعد ذلك يمكنك تنزيل الرسائل التالية.
        [many] الرسائل في قائمة الانتظار فيها مرفقات أكثر مما يتسع له ملف PDF واحد. نزّل أولًا أقدم { $count } رسالة. ضع عليها علامة "أُرسلت" بعد طباعتها. بعد ذلك يمكنك تنزيل الرسائل التالية.
       *[other] الرسائل في قائمة الانتظار فيها مرفقات أكثر مما يتسع له ملف PDF واحد. نزّل أولًا أقدم { $count } رسالة. ضع عليها علامة "أُرسلت" بعد طباعتها. بعد ذلك يمكنك تنزيل الرسائل التالية.
    }
print-download-round =
    { $count ->
        [zero] لا توجد رسائل للتنزيل
        [one] نزّل الرسالة الأقدم كملف PDF
        [two] نزّل الرسالتين الأقدم كملف PDF واحد
        [few] نزّل أقدم { $count } رسائل كملف PDF واحد
        [many] نزّل أقدم { $count } رسالة كملف PDF واحد
       *[other] نزّل أقدم { $count } رسالة كملف PDF واحد
    }
print-download-all =
    { $count ->
        [zero] لا توجد رسائل للتنزيل
        [one] نزّل الرسالة كملف PDF
        [two] نزّل الرسالتين كملف PDF واحد
        [few] نزّل كل الرسائل ({ $count } رسائل) كملف PDF واحد
        [many] نزّل كل الرسائل ({ $count } رسالة) كملف PDF واحد
       *[other] نزّل كل الرسائل ({ $count } رسالة) كملف PDF واحد
    }
print-queued-legend = رسائل تنتظر
print-no-address = لا يوجد عنوان: اتصل بالمواطن أو قابله
print-queued-at = في قائمة الانتظار منذ
print-one-pdf = نزّل هذه الرسالة فقط (PDF):
print-mark-posted = ضع علامة "أُرسلت بالبريد" على الرسائل المختارة
print-marked =
    { $count ->
        [zero] لم توضع علامة "أُرسلت" على أي رسالة.
        [one] وُضعت على الرسالة علامة "أُرسلت".
        [two] وُضعت على رسالتين علامة "أُرسلت".
        [few] وُضعت على { $count } رسائل علامة "أُرسلت".
        [many] وُضعت على { $count } رسالة علامة "أُرسلت".
       *[other] وُضعت على { $count } رسالة علامة "أُرسلت".
    }
print-posted-heading = أُرسلت مؤخرًا
print-not-needed-heading = لم تعد مطلوبة
print-not-needed-lead = نسخ ورقية من رسائل لم تكن قد فُتحت. فُتحت الرسالة أو تم الرد عليها قبل إرسال النسخة، لذلك لا داعي لطباعة النسخة.
print-not-needed-opened = لم تعد مطلوبة: فتح المواطن الرسالة في { $date }
print-not-needed-opened-by-helper = لم تعد مطلوبة: فتح مساعِد الرسالة نيابة عن المواطن في { $date }
print-not-needed-answered = لم تعد مطلوبة: ردّ المواطن على الرسالة في { $date }
print-posted-at = أُرسلت
print-no-address-heading = لا يمكن إرسالها بالبريد
print-no-address-lead = ليس للمواطن عنوان يمكننا الإرسال إليه. اتصل به واقرأ له الرسالة، أو سلّمها له في Borgerservice (خدمة المواطنين). لا يمكن وضع علامة "أُرسلت" على الرسالة.
print-no-address-call = اتصل على { $phone } واقرأ الرسالة بصوت عالٍ، أو سلّمها للمواطن عندما يأتي.
print-no-address-meet = ليس للمواطن رقم هاتف أيضًا: سلّمه الرسالة عندما يأتي إلى Borgerservice (خدمة المواطنين).
print-handed-over = تمّ: قُرئت بصوت عالٍ أو سُلّمت إلى { $name }
print-handed-over-done = وُضعت على الرسالة علامة "قُرئت بصوت عالٍ أو سُلّمت".
print-handed-over-at = قُرئت بصوت عالٍ أو سُلّمت
print-reason-letter = يتلقى المواطن البريد على الورق
print-reason-escalation = نسخة ورقية: لم تُفتح الرسالة
print-reason-offer = عرض البريد الورقي
print-status-unknown = حالة غير معروفة. استخدم status=queued أو status=posted.
paper-phone = الهاتف { $phone }
paper-page = صفحة
paper-of = من
# A paper copy made because a letter with a deadline was not opened: said at its top.
paper-copy-heading = نسخة من رسالة لم تفتحها
paper-copy-text = هذه نسخة من رسالة أرسلناها إلى بريدك الرقمي في { $sent }. لم تفتح الرسالة. لذلك أجّلنا الموعد النهائي من { $before } إلى { $after }. لديك الآن حتى نهاية يوم { $after } للرد.
# The attachments, listed after the letter's text.
paper-attachment-included = المرفق { $number }: { $filename }. يأتي بعد الرسالة.
paper-attachment-separate = يجب طباعة المرفق { $number } وحده: { $filename }
my-print-queue = رسائل للطباعة

offer-tasks-heading = مواطنون يجب أن يُعرض عليهم البريد الورقي
offer-tasks-lead = هؤلاء المواطنون لم يفتحوا رسائل مهمة عدة مرات. وصلتهم رسالة فيها العرض. اتصل بهم، أو تحدّث معهم عندما يأتون.
offer-task = اعرض على { $name } البريد الورقي
offer-task-switch = غيّر { $name } إلى البريد الورقي
offer-task-done = تمّ: حصل { $name } على العرض
print-letters-heading = رسائل للطباعة
frontdesk-print-link = رسائل للطباعة ومواطنون يجب أن يُعرض عليهم البريد الورقي

reply-heading = الرد على الرسالة
reply-label = ردّك
reply-hint = اكتب بكلماتك الخاصة. الشخص الذي أرسل الرسالة سيقرأ ردّك.
reply-send = أرسل الرد
reply-sent = تم إرسال ردّك. يمكنك رؤيته في الأسفل.
reply-you-wrote = كتبتَ
inbox-read-by = قرأها { $name }
letter-read-by = فتح { $name } الرسالة نيابة عنك في { $date }.
reply-helper-wrote = كتب { $name } نيابة عنك في { $date }
status-opened-by-citizen = { $date }، من قِبل المواطن
status-opened-by-helper = { $date }، من قِبل { $name }، الذي يساعد المواطن
status-reply-citizen = كتب المواطن في { $date }
status-reply-helper = كتب { $name } نيابة عن المواطن في { $date }
reply-missing = اكتب ردّك قبل أن ترسله.
reply-too-long = الرد طويل جدًا. اجعله أقصر، أو اتصل بنا.
status-replies = الردود
status-no-replies = لم يردّ المواطن.
print-attachments = المرفقات الموجودة في ملف PDF الخاص بالرسالة. إذا كُتب في الرسالة أن مرفقًا يجب طباعته وحده، فنزّله من هنا

write-draft-button = احفظ كمسودة
write-draft-saved = تم حفظ المسودة. يمكنك متابعة الكتابة الآن أو لاحقًا.
write-drafts-heading = مسوداتك
write-draft-untitled = مسودة بدون عنوان

scope-post = قراءة رسائلك
scope-bookings = حجز مواعيد لك
scope-mydata = رؤية معلوماتك
mandate-status-pending = بانتظار موافقة المساعِد
mandate-status-active = ساري الآن
mandate-status-suspended = متوقف مؤقتًا
mandate-status-ended = منتهٍ
mandate-status-expired = انتهت مدته
mandate-status-not-yet-valid = يسري من تاريخ البدء
mandate-helper-is-citizen = لا يمكنك أن تعطي نفسك إذنًا. اختر شخصًا آخر.
mandate-areas-missing = اختر شيئًا واحدًا على الأقل يُسمح للمساعِد بالمساعدة فيه.
mandate-area-unknown = أحد المجالات غير موجود. استخدم post أو bookings أو mydata أو موضوعًا مثل housing أو health.
mandate-rights-unknown = اكتب look (رؤية فقط) أو act (رؤية وتصرّف).
mandate-dates-order = تاريخ الانتهاء قبل تاريخ البدء. صحّح أحدهما.
mandate-ends-in-past = تاريخ الانتهاء قد مضى. اختر تاريخًا في المستقبل.
mandate-too-long = مدة الإذن طويلة جدًا. اختر مدة أقصر؛ يمكنك دائمًا إعطاء إذن جديد.
mandate-duplicate = لدى الشخص هذا الإذن نفسه بالضبط.
mandate-date-invalid = اكتب التاريخ بالشكل YYYY-MM-DD (السنة-الشهر-اليوم)، مثل 2027-01-31.
mandate-person-unknown = لا نعرف هذا الشخص. تحقق من المعرّف (id).
mandate-identity-check-missing = اكتب كيف تم التحقق من هوية المواطن (جواز سفر، رخصة قيادة، ...).
mandate-identity-check-unknown = اختر كيف تم التحقق من هوية المواطن: جواز سفر، رخصة قيادة، بطاقة إقامة، أو يعرفه الموظف (pas, koerekort, opholdskort, kendt).
mandate-note-too-long = يجب ألا تزيد الملاحظة على 500 حرف. اجعلها أقصر.
mandate-notice-given-subject = لقد سمحت لـ { $helper } بمساعدتك
mandate-notice-given-body =
    يُسمح الآن لـ { $helper } بمساعدتك في: { $scopes }. { $can } يسري الإذن حتى نهاية يوم { $until }.

    يمكنك دائمًا أن ترى ما فعله { $helper }، ويمكنك إيقاف الإذن فورًا في صفحتي أو في Borgerservice (خدمة المواطنين).

    ألم تعطِ هذا الإذن؟ اتصل بنا فورًا.
mandate-notice-ended-subject = لم يعد يُسمح لـ { $helper } بمساعدتك
mandate-notice-ended-body =
    تم إيقاف الإذن الممنوح لـ { $helper }. { $could } الآن لم يعد بإمكان { $helper } أن يرى أو يفعل أي شيء نيابة عنك.

    إذا أردت المساعدة مرة أخرى، يمكنك إعطاء إذن جديد في صفحتي أو في Borgerservice (خدمة المواطنين).

helpers-title = الأشخاص الذين يمكنهم مساعدتك
helpers-lead = هنا ترى كل من يُسمح له أن يرى أو يفعل شيئًا نيابة عنك، وكل ما فعلوه. يمكنك إيقاف أي إذن فورًا.
helpers-none = لا أحد يُسمح له بمساعدتك الآن.
helpers-given = تم إعطاء الإذن. يجب أن يوافق المساعِد قبل أن يسري. وصلتك رسالة بخصوصه.
helpers-stopped = تم إيقاف الإذن. لم يعد بإمكان المساعِد أن يرى أو يفعل أي شيء نيابة عنك.
helpers-stop = أوقف الإذن الممنوح لـ { $name }
helpers-actions-heading = ما فعله مساعِدوك
helpers-actions-none = لم يفعل مساعِدوك أي شيء بعد.
helpers-helper-unknown = لا نعرف أحدًا بهذا الرقم CPR. تحقق من الرقم، أو تعال إلى Borgerservice (خدمة المواطنين) مع مساعِدك.
helper-action-read = قرأ رسالة
helper-action-read-attachment = فتح مرفقًا
helper-action-accept = وافق على المساعدة
helper-action-refused = حاول رؤية شيء لا يشمله الإذن، فتم رفض ذلك
helper-action-other = فعل شيئًا نيابة عنك
helper-action-read-letter = قرأ الرسالة «{ $subject }»
helper-action-reply-letter = ردّ على الرسالة «{ $subject }»
helper-action-refused-letter = حاول فتح الرسالة «{ $subject }» التي لا يشملها الإذن، فتم رفض ذلك
helper-action-refused-bookings = حاول رؤية مواعيدك أو تغييرها، وهذا لا يشمله الإذن، فتم رفض ذلك
helper-action-refused-no-permission = حاول مساعدتك دون إذن ساري الآن، فتم رفض ذلك
helper-action-refused-missing = حاول فتح رسالة أو موعد ليس من رسائلك أو مواعيدك، فتم رفض ذلك
mandate-until = يسري حتى نهاية يوم { $date }.
mandate-note = ملاحظة
mandate-rights-look = يُسمح له بالرؤية فقط
mandate-rights-act = يُسمح له بالرؤية والتصرّف
mandate-rights-look-explained = يستطيع المساعِد أن يقرأ، لكنه لا يستطيع أن يردّ أو يحجز أو يغيّر أي شيء نيابة عنك.
mandate-rights-act-explained = يستطيع المساعِد أيضًا أن يردّ على الرسائل ويحجز مواعيد لك. لا يستطيع المساعِد أبدًا أن يعطي إذنًا لغيره.
give-title = اسمح لشخص آخر بمساعدتك
give-lead = اختر من، وفي ماذا، وإلى متى. أعطِ إذنًا فقط فيما تحتاج إلى مساعدة فيه. يمكنك دائمًا إيقاف الإذن.
give-areas-legend = في ماذا يُسمح للمساعِد أن يساعد؟
give-areas-hint = اختر أيضًا موضوعات الرسائل: المساعِد يرى فقط الرسائل عن الموضوعات التي تختارها. "أخرى" موضوع أيضًا. الرسائل عن مواعيدك لا يراها إلا من يُسمح له أيضًا بحجز مواعيد لك.
give-rights-legend = ماذا يُسمح للمساعِد أن يفعل؟
give-until-label = إلى متى؟
give-until-hint = يتوقف الإذن من تلقاء نفسه بعد هذا اليوم.
give-note-label = ملاحظة (اختياري)
give-note-hint = مثلًا: ما الغرض من المساعدة. يستطيع المساعِد رؤية الملاحظة.
give-submit = أعطِ الإذن
give-back = العودة إلى الأشخاص الذين يمكنهم مساعدتك
helping-title = الأشخاص الذين تساعدهم
helping-lead = هؤلاء هم المواطنون الذين سمحوا لك بمساعدتهم. لا يمكنك أن ترى أو تفعل إلا ما يسمح به الإذن.
helping-none = لم يسمح لك أحد بمساعدته.
helping-accept = نعم، أريد مساعدة { $name }
helping-open = ساعد { $name }
acting-region = أنت تساعد شخصًا آخر
acting-for = أنت تساعد { $name }
acting-back = العودة إلى صفحاتك الخاصة
acting-post-title = الرسائل إلى { $name }
acting-post-none = لا توجد رسائل يُسمح لك برؤيتها.
acting-post-no-areas = لا يذكر الإذن أي موضوعات للرسائل، لذلك لا يمكنك رؤية أي رسائل. يمكن لـ { $name } أن يعطيك إذنًا لموضوع، مثل "أخرى".
acting-post-search-label = ابحث في الرسائل
helper-action-list = اطّلع على قائمة رسائلك
acting-post-back = العودة إلى الرسائل إلى { $name }
my-helpers = الأشخاص الذين يمكنهم مساعدتك
my-helping = الأشخاص الذين تساعدهم

guide-kicker = كيف تساعد
guide-can-heading = ما يمكنك فعله
guide-cannot-heading = ما لا يمكنك فعله
guide-how-heading = كيف تفعل ذلك
guide-others = أشياء أخرى يمكنك المساعدة فيها
guide-post-title = المساعدة في الرسائل
guide-post-lead = تقرأ الرسائل مع الشخص الذي تساعده، وتساعده على فهم ما يجب عليه فعله.
guide-post-can = يمكنك قراءة الرسائل التي يشملها الإذن. إذا كان يُسمح لك بالتصرّف أيضًا، يمكنك الرد على الرسائل. يظهر في الرسالة أنك قرأتها.
guide-post-cannot = لا يمكنك رؤية الرسائل عن موضوعات لا يشملها الإذن، ولا يمكنك أبدًا أن تسمح لغيرك بالمساعدة.
guide-post-how = سجّل الدخول بـ MitID الخاص بك، وانتقل إلى "الأشخاص الذين تساعدهم"، واختر الشخص. في أعلى الصفحة يظهر دائمًا من الذي تساعده.
guide-emner-title = رسائل عن موضوع معيّن
guide-emner-lead = كل رسالة تتحدث عن موضوع، مثل السكن أو الصحة أو المعاش التقاعدي.
guide-emner-can = إذا كان يُسمح لك بالمساعدة في رسائل السكن، فلن ترى إلا رسائل السكن. لا ترى الرسائل الأخرى إلا إذا تم اختيار "أخرى". لا ترى الرسائل عن المواعيد إلا إذا كان يُسمح لك أيضًا بحجز المواعيد.
guide-emner-cannot = لا ترى الرسائل عن موضوعات لا يذكرها الإذن. الرسالة عن الصحة هي فقط لمن يُسمح له بالمساعدة في الصحة.
guide-emner-how = الشخص الذي تساعده يختار الموضوعات عندما يعطيك الإذن. إذا نقص موضوع، يمكنه أن يعطيك إذنًا جديدًا.
help-guides-heading = هل تساعد شخصًا آخر؟

frontdesk-give-mandate = أعطِ إذنًا نيابة عن { $name }
desk-title = أعطِ إذنًا نيابة عن { $name }
desk-lead = المواطن والمساعِد موجودان هنا كلاهما. تحقق من هوية المواطن، واكتب كيف تحققت. يسري الإذن فورًا، ويأخذ المواطن إيصالًا معه إلى البيت.
desk-helper-legend = المساعِد
desk-helper-label = ابحث عن المساعِد
desk-helper-choose = اختر المساعِد
desk-helper-missing = ابحث عن المساعِد واختره.
desk-check-label = كيف تحققت من هوية المواطن؟
desk-check-choose = اختر
desk-check-pas = جواز السفر
desk-check-koerekort = رخصة القيادة
desk-check-opholdskort = بطاقة الإقامة
desk-check-kendt = المواطن معروف لدى أحد الموظفين
desk-submit = أعطِ الإذن واطبع الإيصال
receipt-title = إيصال إذنك
receipt-lead = سمح { $name } لشخص آخر بمساعدته. احتفظ بهذا الإيصال.
receipt-helper = المساعِد
receipt-may = المسموح به
receipt-until = يسري حتى نهاية يوم
receipt-note = ملاحظة
receipt-end-heading = كيف توقف الإذن
receipt-end-call = اتصل بنا على { $phone }.
receipt-end-visit = تعال إلينا: { $address }.
receipt-end-online = أو سجّل الدخول، وانتقل إلى صفحتي واختر "الأشخاص الذين يمكنهم مساعدتك".
receipt-letter = ستصلك أيضًا رسالة عن الإذن.
receipt-print = اطبع الإيصال
receipt-back = العودة إلى Borgerservice (خدمة المواطنين)

frontdesk-is-protected = المواطن محمي: الأذونات الجديدة تُعطى هنا فقط في Borgerservice (خدمة المواطنين)، وتُرسل أيضًا على الورق.
frontdesk-protect = احمِ { $name } من الرقابة الرقمية
frontdesk-unprotect = ارفع الحماية عن { $name }
frontdesk-pause-all = أوقف كل الأذونات مؤقتًا الآن
mandate-needs-in-person = أنت محمي، لذلك يجب إعطاء أي إذن جديد في Borgerservice (خدمة المواطنين)، حيث يمكننا رؤيتك. تعال إلينا، أو اتصل بنا.
print-reason-protection = مواطن محمي: إشعار بإذن جديد

acting-replies = الردود على الرسالة
acting-answer-label = الرد نيابة عن { $name }
acting-answer-hint = يُرسل الرد باسم المواطن، ويظهر فيه أنك أنت من كتبه.
helper-action-reply = ردّ على رسالة

scope-post-helper = قراءة الرسائل
scope-bookings-helper = حجز المواعيد
scope-mydata-helper = رؤية المعلومات

# Changing a permission, and one that runs out by itself
helpers-change = غيّر الإذن الممنوح لـ { $name }
helpers-changed = تم تغيير الإذن، والتغيير يسري الآن. وصلتك رسالة بخصوصه.
mandate-idempotency-reused = تم استخدام Idempotency-Key لتغيير آخر. استخدم مفتاحًا جديدًا لتغيير جديد.
mandate-error-api-json = أرسل جسم JSON فيه citizen وما يجب تغييره: areas أو rights أو valid_to أو note.
helpers-change-waits = هذا تغيير ينتظر موافقة { $name }. حتى ذلك الحين يبقى الإذن الحالي لـ { $name } ساريًا.
helping-change-waits = يريد { $name } تغيير إذنك. إذا وافقت، يسري الإذن الجديد بدلًا من الإذن الحالي.
helpers-changed-waiting = تم تغيير الإذن. لا يسري الجديد إلا عندما يوافق المساعِد. وصلتك رسالة بخصوصه.
change-title = غيّر الإذن الممنوح لـ { $name }
change-lead = إذا قلّلت ما يُسمح للمساعِد به، يسري ذلك فورًا. إذا زدت ما يُسمح له به، لا يسري ذلك إلا بعد أن يوافق المساعِد. حتى ذلك الحين لا يُسمح للمساعِد إلا بما يسمح به الإذن القديم والإذن الجديد معًا.
change-until-hint = يتوقف الإذن من تلقاء نفسه بعد هذا اليوم. إذا اخترت يومًا أقرب، يسري ذلك فورًا.
change-submit = احفظ التغيير
change-back = العودة إلى الأشخاص الذين يمكنهم مساعدتك
mandate-unchanged = لم تغيّر أي شيء. غيّر شيئًا واحدًا على الأقل، أو ارجع.
mandate-notice-changed-subject = لقد غيّرت الإذن الممنوح لـ { $helper }
mandate-notice-changed-now = من الآن يُسمح لـ { $helper } بمساعدتك في: { $scopes }. { $can } يسري الإذن حتى نهاية يوم { $until }.
mandate-notice-changed-stopped = تم إيقاف الإذن القديم الممنوح لـ { $helper }، لأن الإذن الجديد لا يشترك معه في أي شيء.
mandate-notice-changed-waiting = لقد سمحت أيضًا لـ { $helper } بالمزيد: { $scopes }. { $can } حتى نهاية يوم { $until }. لا يسري ذلك إلا عندما يوافق { $helper }.
mandate-notice-changed-end =
    يمكنك دائمًا أن ترى ما فعله { $helper }، ويمكنك إيقاف الإذن فورًا في صفحتي أو في Borgerservice (خدمة المواطنين).

    ألم تغيّر الإذن بنفسك؟ اتصل بنا فورًا.
mandate-notice-can-look = يستطيع { $helper } الرؤية فقط، لكنه لا يستطيع أن يردّ أو يحجز أو يغيّر أي شيء نيابة عنك.
mandate-notice-can-act = يستطيع { $helper } الرؤية، ويستطيع أيضًا التصرّف نيابة عنك: الرد على الرسائل وحجز المواعيد.
mandate-notice-could-look = كان الإذن يسمح لـ { $helper } بالرؤية فقط، وليس بالتصرّف نيابة عنك.
mandate-notice-could-act = كان الإذن يسمح لـ { $helper } بالرؤية وبالتصرّف نيابة عنك أيضًا.
mandate-notice-you-can-look = تستطيع الرؤية فقط، لكنك لا تستطيع أن تردّ أو تحجز أو تغيّر أي شيء نيابة عن { $citizen }.
mandate-notice-you-can-act = تستطيع الرؤية، وتستطيع أيضًا التصرّف نيابة عن { $citizen }: الرد على الرسائل وحجز المواعيد.
mandate-notice-helper-given-subject = أعطاك { $citizen } إذنًا بالمساعدة
mandate-notice-helper-given-body =
    أعطاك { $citizen } إذنًا بالمساعدة في: { $helper-scopes }. { $you-can } يسري الإذن حتى نهاية يوم { $until }.

    { $start }

    لا يمكنك أن ترى أو تفعل إلا ما يسمح به الإذن. يستطيع { $citizen } دائمًا أن يرى ما فعلته، ويستطيع إيقاف الإذن فورًا.
mandate-notice-helper-more-subject = يريد { $citizen } أن يسمح لك بالمزيد
mandate-notice-helper-more-body =
    غيّر { $citizen } إذنك ويريد أن يسمح لك بالمزيد: { $helper-scopes }. { $you-can } حتى نهاية يوم { $until }. إلى أن توافق، يبقى ساريًا ما يُسمح لك به الآن.

    { $start }
mandate-notice-helper-start-waiting = لا يسري الإذن إلا عندما توافق. سجّل الدخول، وانتقل إلى "الأشخاص الذين تساعدهم" (/jeg-hjaelper)، واضغط "نعم، أريد مساعدة { $citizen }".
mandate-notice-helper-start-accepted = الإذن ساري بالفعل، لأنه أُعطي في Borgerservice (خدمة المواطنين) بحضوركما أنتما الاثنين. تجده تحت "الأشخاص الذين تساعدهم" (/jeg-hjaelper).
mandate-notice-expired-subject = لم يعد بإمكان { $helper } مساعدتك
mandate-notice-expired-body =
    لم يعد بإمكان { $helper } مساعدتك في { $scopes } ابتداءً من { $from }. { $could } كان الإذن ساريًا حتى نهاية يوم { $until }، وقد توقف من تلقاء نفسه.

    إذا أردت المساعدة مرة أخرى، يمكنك إعطاء إذن جديد في صفحتي أو في Borgerservice (خدمة المواطنين).
desk-permissions-heading = الأذونات التي أعطاها المواطن
desk-give-heading = أعطِ إذنًا جديدًا
desk-change-back = العودة إلى أذونات المواطن
acting-nav = ما يمكنك مساعدة { $name } فيه
acting-link-post = الرسائل
acting-link-bookings = المواعيد
acting-post-bookings = اعرض مواعيد { $name }
guide-tider-title = المساعدة في المواعيد
guide-tider-lead = يمكنك المساعدة في حجز المواعيد لدى البلدية ومتابعتها. قد يكون الموعد اجتماعًا في Borgerservice (خدمة المواطنين)، أو مكالمة هاتفية، أو زيارة.
guide-tider-can = إذا كان يُسمح لك بالرؤية والتصرّف، يمكنك حجز موعد، وتغيير وقته، وإلغاؤه. إذا كان يُسمح لك بالرؤية فقط، يمكنك رؤية المواعيد لكن لا يمكنك تغييرها. يتلقى الشخص الذي تساعده رسالة في كل مرة. في الرسالة يُذكر أنك أنت من فعل ذلك. إذا كان يُسمح لك أيضًا بقراءة الرسائل، فسترى الرسائل الخاصة بالمواعيد.
guide-tider-cannot = لا يمكنك رؤية المواعيد إذا كان الإذن لا يذكر المواعيد. لا يمكنك أبدًا أن تسمح لغيرك بالمساعدة.
guide-tider-how = سجّل الدخول بـ MitID الخاص بك. انتقل إلى "الأشخاص الذين تساعدهم"، واختر الشخص. اختر "المواعيد" في أعلى الصفحة. هنا يمكنك حجز موعد جديد. يمكنك أيضًا فتح موعد وتغيير وقته أو إلغاؤه.

# Help places
help-kind-front_desk = Borgerservice (خدمة المواطنين)
help-kind-library = مكتبة
help-kind-drop_in_centre = مركز استقبال مفتوح أو مكان للدفء
help-kind-it_cafe = مقهى تقنية المعلومات مع متطوعين
help-kind-phone_line = مساعدة عبر الهاتف
help-kind-outreach = Borgerservice (خدمة المواطنين) في زيارة
help-topic-mitid = MitID
help-topic-digital-post = Digital Post (البريد الرقمي)
help-topic-helpers = السماح لشخص آخر بمساعدتك
help-topic-apps = التطبيقات على الهاتف
help-topic-forms = الاستمارات والطلبات
help-topic-letters = رسائل لا تفهمها
help-topic-health = الصحة
help-topic-housing = السكن
help-topic-pension = المعاش التقاعدي
help-topic-jobs = العمل
help-topic-money = المال والإعانات
help-topic-moving = الانتقال إلى سكن آخر
help-language-da = الدنماركية
help-language-en = الإنجليزية
help-language-ar = العربية
help-language-uk = الأوكرانية
help-language-de = الألمانية
help-language-pl = البولندية
help-language-tr = التركية
help-language-so = الصومالية
help-language-fa = الفارسية
help-language-ur = الأردية
help-language-ti = التغرينية
help-language-ro = الرومانية
help-language-es = الإسبانية
help-language-fr = الفرنسية
help-hours-day = اكتب اليوم بالاختصار الدنماركي man أو tir أو ons أو tor أو fre أو lør أو søn، مثل man-fre 10:00-15:00.
help-hours-time = اكتب الوقت هكذا: 10:00-15:00.
help-hours-order = يجب أن يُغلق المكان بعد أن يفتح. صحّح الوقت.
help-hours-overlap = هناك وقتان متداخلان في اليوم نفسه. اكتبهما كوقت واحد.
help-hours-missing = اكتب وقت عمل واحدًا على الأقل، مثل man-fre 10:00-15:00.
help-hours-closed-date = اكتب يوم الإغلاق هكذا: "lukket 24.12" (كل سنة)، أو "lukket 31.12.2026" (يوم واحد)، أو "lukket 6.7.2026-26.7.2026" (فترة).
help-hours-closed-order = يجب أن يأتي أول يوم إغلاق قبل آخر يوم. صحّح التواريخ.
help-status-closed-today = مغلق اليوم: { $why }.
help-closed-own-day = مغلق
help-place-closed-days = أيام الإغلاق في الشهرين القادمين
help-holiday-new-years-day = يوم رأس السنة
help-holiday-maundy-thursday = خميس العهد
help-holiday-good-friday = الجمعة العظيمة
help-holiday-easter-sunday = أحد الفصح
help-holiday-easter-monday = اثنين الفصح
help-holiday-ascension = عيد الصعود
help-holiday-whit-sunday = أحد العنصرة
help-holiday-whit-monday = اثنين العنصرة
help-holiday-constitution-day = يوم الدستور
help-holiday-christmas-eve = ليلة عيد الميلاد
help-holiday-christmas-day = يوم عيد الميلاد
help-holiday-boxing-day = اليوم الثاني من عيد الميلاد
help-holiday-new-years-eve = ليلة رأس السنة
help-error-kind = اختر نوع المكان.
help-error-name = اكتب اسم المكان (200 حرف على الأكثر).
help-error-description = اجعل الوصف أقصر (2.000 حرف على الأكثر).
help-error-line = اجعله أقصر (200 حرف على الأكثر).
help-error-street = اكتب اسم الشارع ورقم المبنى.
help-error-postcode = اكتب الرمز البريدي من 4 أرقام، مثل 8000.
help-error-postcode-unknown = لا نعرف هذا الرمز البريدي. اكتب رمزًا بريديًا داخل البلدية، مثل 8000.
help-error-position = اكتب خط العرض وخط الطول داخل الدنمارك، مثل 56,1567 و 10,2108. أو اترك الحقلين فارغين.
help-error-phone = اكتب رقم هاتف من 8 أرقام، مثل 89 40 20 00، أو رقمًا أجنبيًا مع رمز البلد، مثل +380 44 123 4567.
help-error-phone-needed = المساعدة عبر الهاتف تحتاج إلى رقم هاتف.
help-error-languages = اكتب اللغات كرموز بينها فواصل، مثل da, en, ar.
help-error-step-free = اكتب ja (نعم) أو nej (لا).
help-error-topics = اختر موضوعًا واحدًا على الأقل يساعد فيه المكان.
help-search-error-topic = اختر موضوعًا من القائمة.
help-search-error-postcode = اكتب الرمز البريدي من 4 أرقام، مثل 8000.
help-search-error-language = اختر لغة من القائمة، أو اترك الحقل فارغًا.
help-search-error-postcode-unknown = لا نعرف هذا الرمز البريدي. جرّب رمزًا بريديًا داخل البلدية، مثل 8000. أو ابحث بدون رمز بريدي.
help-search-error-distance = اكتب أيضًا رمزًا بريديًا عندما تختار مسافة.
help-search-error-distance-unknown = اختر إحدى المسافات في القائمة، أو لا تختر مسافة.
help-status-open-now = مفتوح الآن حتى الساعة { $time }
help-status-drop-in-now = استقبال دون موعد الآن حتى الساعة { $time }
help-status-opens = يفتح { $day } الساعة { $time }
help-status-drop-in-next = استقبال دون موعد { $day } الساعة { $time }
help-status-never = لا توجد أوقات ثابتة. اتصل أولًا.
help-day-today = اليوم
help-day-tomorrow = غدًا
help-feed-drop-in = استقبال دون موعد: { $place }
help-feed-visit = Borgerservice (خدمة المواطنين) في زيارة: { $place }
help-places-title = ابحث عن مساعدة قريبة منك
help-places-lead = هنا يمكنك إيجاد أماكن يساعدك فيها شخص. لا تحتاج إلى تسجيل الدخول.
help-search-topic = في ماذا تحتاج إلى مساعدة؟
help-search-any-topic = أي شيء
help-search-postcode = الرمز البريدي
help-search-postcode-hint = نعرض الأماكن الأقرب إليك.
help-search-distance = ما المسافة التي تستطيع قطعها مشيًا أو بالسيارة؟
help-search-language = اللغة
help-search-any-language = كل اللغات
help-search-open-now = الأماكن المفتوحة الآن فقط
help-search-submit = ابحث عن مساعدة
help-search-found =
    { $count ->
        [zero] لم نجد أي مكان
        [one] وجدنا مكانًا واحدًا
        [two] وجدنا مكانين
        [few] وجدنا { $count } أماكن
        [many] وجدنا { $count } مكانًا
       *[other] وجدنا { $count } مكان
    }
help-search-none = لم نجد أي أماكن. جرّب أن تختار أشياء أقل.
help-search-call = يمكنك دائمًا الاتصال بـ Borgerservice (خدمة المواطنين) على { $phone }.
help-distance = على بُعد { $distance }
help-phone = الهاتف
help-languages = اللغات: { $languages }
help-step-free = مدخل بدون درج
help-not-step-free = قد يكون هناك درج. اتصل واسأل.
help-pages = صفحات أخرى
help-previous-page = الصفحة السابقة
help-next-page = الصفحة التالية
help-places-call-heading = هل تفضّل الاتصال؟
help-place-where = مكان المساعدة
help-place-map = اعرض على الخريطة
help-place-hours = ساعات العمل
help-place-day = اليوم
help-place-open = مفتوح
help-place-drop-in = دون موعد (تعال دون حجز)
help-place-closed = مغلق
help-place-calendar = أضف أوقات الاستقبال دون موعد إلى تقويمك
help-place-topics = هنا يمكنك الحصول على مساعدة في
help-place-audience = المكان مخصص لـ
help-place-back = ابحث عن أماكن أخرى
help-admin-title = أماكن المساعدة
help-admin-new = أضف مكانًا
help-admin-edit = عدّل المكان
help-admin-import = استورد أماكن من ملف
help-admin-export-csv = احفظ كل الأماكن كملف CSV
help-admin-export-json = احفظ كل الأماكن كملف JSON
help-admin-empty = لا توجد أماكن بعد.
help-admin-count =
    { $count ->
        [zero] لا توجد أماكن
        [one] مكان واحد
        [two] مكانان
        [few] { $count } أماكن
        [many] { $count } مكانًا
       *[other] { $count } مكان
    }
help-admin-updated = آخر تغيير
help-admin-save = احفظ المكان
help-admin-remove = احذف المكان
help-admin-back = العودة إلى كل الأماكن
help-field-kind = نوع المكان
help-field-kind-choose = اختر
help-field-name = الاسم
help-field-description = ماذا يحدث هنا؟
help-field-description-hint = بضع جمل قصيرة للمواطن.
help-field-audience = لمن هذا المكان؟
help-field-audience-hint = مثلًا: الجميع، كبار السن، الشباب، المشرّدون.
help-field-street = الشارع ورقم المبنى
help-field-street-hint = اترك الحقل فارغًا إذا كانت المساعدة عبر الهاتف.
help-field-postcode = الرمز البريدي
help-field-city = المدينة
help-field-city-hint = إذا تُرك فارغًا: مدينة الرمز البريدي.
help-field-position = الموقع على الخريطة
help-field-position-hint = إذا تُرك فارغًا: وسط منطقة الرمز البريدي.
help-field-latitude = خط العرض
help-field-longitude = خط الطول
help-field-phone = الهاتف
help-field-phone-hint = 8 أرقام.
help-field-languages = اللغات
help-field-languages-hint = رموز بينها فواصل، مثل da, en, ar.
help-field-step-free = يوجد مدخل بدون درج
help-field-topics = الموضوعات التي يساعد فيها المكان
help-field-hours = ساعات العمل والاستقبال دون موعد
help-field-hours-hint = وقت واحد في كل سطر، مثل "man-fre 10:00-15:00" أو "tor 16:00-18:00 drop-in". يكون المكان مغلقًا في العطل الرسمية، وليلة عيد الميلاد، وليلة رأس السنة، ويوم الدستور، إلا إذا كتبتم "åben på helligdage" (مفتوح في العطل الرسمية). أيام إغلاق أخرى: "lukket 27.12" أو "lukket 6.7.2026-26.7.2026".
help-import-lead = استورد أماكن كثيرة مرة واحدة من ملف CSV أو JSON. إذا كان في أحد الصفوف خطأ، فلن يُحفظ أي شيء، وستعرف أي الصفوف فيها أخطاء.
help-import-columns = يجب أن يحتوي الملف على هذه الأعمدة. الصف الذي فيه id يعدّل المكان الذي له هذا المعرّف.
help-import-file = الملف
help-import-file-hint = CSV بفواصل أو فواصل منقوطة، أو JSON. 20.000 مكان على الأكثر.
help-import-submit = استورد الأماكن
help-import-no-file = اختر ملفًا.
help-import-not-utf8 = يجب أن يكون الملف محفوظًا بترميز UTF-8. احفظه مرة أخرى بصيغة "CSV UTF-8".
help-import-bad-json = لا يمكن قراءة الملف كـ JSON. يجب أن يكون قائمة من الأماكن.
help-import-bad-csv = لا يمكن قراءة الملف كـ CSV. تحقق من أن الصف الأول يحتوي على أسماء الأعمدة.
help-import-too-many = يحتوي الملف على أكثر من 20.000 مكان. قسّمه إلى عدة ملفات.
help-import-rows = في بعض الصفوف أخطاء. لم يُحفظ أي شيء. صحّح الصفوف أدناه ثم حاول مرة أخرى.
help-import-bad-id = يجب أن يحتوي المعرّف (id) على حروف وأرقام وشَرطات فقط.
help-import-problems =
    { $count ->
        [zero] لا توجد أخطاء
        [one] خطأ واحد
        [two] خطآن
        [few] { $count } أخطاء
        [many] { $count } خطأً
       *[other] { $count } خطأ
    }
help-import-row = الصف
help-import-field = الحقل
help-import-problem = ما يجب تصحيحه
help-import-done =
    { $count ->
        [zero] لم يُستورد أي مكان.
        [one] تم استيراد مكان واحد.
        [two] تم استيراد مكانين.
        [few] تم استيراد { $count } أماكن.
        [many] تم استيراد { $count } مكانًا.
       *[other] تم استيراد { $count } مكان.
    }

# Guides
guides-title = أدلة للأوقات الصعبة
guides-lead = خطوة بخطوة خلال ما يجب عليك فعله. كل خطوة قصيرة. يمكنك دائمًا الحصول على مساعدة من شخص.
guides-kicker = دليل
guide-ready = جهّز هذه الأشياء
guide-steps =
    { $count ->
        [zero] لا توجد خطوات
        [one] خطوة واحدة
        [two] خطوتان
        [few] { $count } خطوات
        [many] { $count } خطوة
       *[other] { $count } خطوة
    }
guide-start = ابدأ بالخطوة 1
guide-all = اعرض كل الأدلة
guide-who-can-help = من يستطيع المساعدة؟
guide-find-places = ابحث عن مكان قريب منك يمكنك الحصول فيه على مساعدة
guide-without-computer = بدون كمبيوتر
guide-step-of = الخطوة { $number } من { $count }
guide-step-nav = الخطوات
guide-next = الخطوة التالية: { $title }
guide-previous = الخطوة السابقة
guide-done = وصلت إلى الخطوة الأخيرة.
help-guide-error-title = اكتب عنوان الدليل.
help-guide-error-summary = اكتب باختصار في ماذا يساعد الدليل.
help-guide-error-who-can-help = اكتب من يستطيع المساعدة، مثل Borgerservice (خدمة المواطنين) أو المكتبة.
help-guide-error-without-computer = اكتب كيف يمكن إنجاز الأمر بدون كمبيوتر.
help-guide-error-topics = اختر موضوعًا واحدًا على الأقل يتناوله الدليل.
help-guide-error-steps-start = ابدأ كل خطوة بسطر يبدأ بـ ## ثم اسم الخطوة.
help-guide-error-step-empty = يجب أن يكون لكل خطوة اسم ونص.
help-guide-error-steps-none = اكتب خطوة واحدة على الأقل. ابدأها بـ ## ثم اسم الخطوة.
help-guide-error-steps-many = اكتب 12 خطوة على الأكثر. قسّم الدليل إلى دليلين إذا كان هناك المزيد.
help-guide-error-slug = اكتب اسمًا قصيرًا للعنوان بحروف لاتينية صغيرة وأرقام وشَرطات، مثل mistet-mitid.
help-guide-error-slug-taken = يوجد بالفعل دليل بهذا الاسم بهذه اللغة. اختر اسمًا آخر، أو عدّل ذلك الدليل.
guides-admin-title = الأدلة
guides-admin-new = اكتب دليلًا جديدًا
guides-admin-edit = عدّل الدليل
guides-admin-edited = آخر تغيير
guides-admin-shipped = كما جاء مع Borgerbro
guides-admin-save = احفظ الدليل
guides-admin-check = افحص النص
guides-admin-back = العودة إلى كل الأدلة
guides-field-slug = الاسم في العنوان
guides-field-slug-hint = حروف لاتينية صغيرة وأرقام وشَرطات، مثل mistet-mitid.
guides-field-lang = اللغة
guides-field-title = العنوان
guides-field-summary = باختصار
guides-field-summary-hint = جملة أو جملتان قصيرتان: في ماذا يساعد الدليل.
guides-field-topics = الموضوعات
guides-field-ready = جهّز هذه الأشياء
guides-field-ready-hint = شيء واحد في كل سطر.
guides-field-steps = الخطوات
guides-field-steps-hint = ابدأ كل خطوة بـ ## ثم اسمها في سطر مستقل. اكتب النص تحته. 12 خطوة على الأكثر.
help-topic-heading = مساعدة في: { $topic }
help-topic-places = هنا يمكنك الحصول على مساعدة من شخص
help-topic-more-places = اعرض أماكن أخرى
help-find-places = ابحث عن مكان للمساعدة قريب منك

# Was it easy?
feedback-question = هل كان الأمر سهلًا؟
feedback-score-1 = صعب جدًا
feedback-score-2 = صعب
feedback-score-3 = لا سهل ولا صعب
feedback-score-4 = سهل
feedback-score-5 = سهل جدًا
feedback-words = هل تريد أن تخبرنا بالمزيد؟ (هذا ليس إلزاميًا)
feedback-submit = أرسل تقييمك
feedback-thanks = شكرًا على إجابتك
feedback-thanks-text = نستخدم الإجابات لجعل الصفحات أسهل. لا نستطيع أن نعرف من أنت.
feedback-back = العودة إلى الصفحة
feedback-error-score = اختر مدى سهولة الأمر.
feedback-error-words = اكتب 2.000 حرف على الأكثر.
feedback-task-answer-letter = الرد على رسالة
feedback-task-choose-paper = اختيار الرسائل الورقية أو الرقمية
feedback-task-give-permission = السماح لشخص آخر بمساعدتك
feedback-task-guide = اتباع دليل
feedback-task-booking = حجز موعد
stuck-title = أين توقف المواطن ولم يستطع المتابعة؟
stuck-lead = اكتب أين لم يستطع مواطن أن يتابع. لا تكتب اسم المواطن. الأمر يتعلق بالصفحة، وليس بالمواطن.
stuck-topic = الموضوع
stuck-page = الصفحة أو المكان
stuck-page-hint = مثلًا عنوان الصفحة، أو "تطبيق MitID".
stuck-what = ماذا حدث؟
stuck-what-hint = باختصار: ماذا حاول المواطن أن يفعل، وما الذي لم ينجح؟
stuck-submit = حفظ
stuck-saved = شكرًا. تم الحفظ.
feedback-error-topic = اختر موضوعًا.
feedback-error-page = اكتب الصفحة أو المكان (200 حرف على الأكثر).
feedback-error-what = اكتب ماذا حدث (2.000 حرف على الأكثر).
feedback-summary-title = هل كان الأمر سهلًا؟ الإجابات، والأماكن التي توقف فيها المواطنون
feedback-summary-tasks = الإجابات حسب المهمة والصفحة
feedback-summary-stuck = أين توقف المواطنون
feedback-summary-words = أحدث تعليقات المواطنين
feedback-none = لا شيء بعد.
feedback-export = احفظ كل شيء كملف CSV
feedback-col-task = المهمة
feedback-col-page = الصفحة
feedback-col-answers = الإجابات
feedback-col-average = المتوسط (1-5)
feedback-col-times = عدد المرات

## Book a person (bookings)
bookings-title = مواعيدك
bookings-title-for = مواعيد { $name }
bookings-link-book = احجز موعدًا
bookings-link-book-for = احجز موعدًا لـ { $name }
bookings-link-day = مواعيد اليوم
bookings-link-slots = الأوقات المتاحة للحجز
bookings-book-new = احجز موعدًا جديدًا
bookings-none = ليست لديك مواعيد قادمة.
bookings-history-title = المواعيد السابقة والملغاة
bookings-history-past = مضى وقت هذا الموعد.
bookings-history-cancelled = ألغاه: { $who }، في { $at }.
bookings-cancelled-by-you = أنت
bookings-cancelled-by-front-desk = Borgerservice (خدمة المواطنين)
bookings-cancelled-by-system = نظام يحجز المواعيد لك
bookings-cancelled-by-unknown = نحن
bookings-back = العودة إلى المواعيد
bookings-back-slots = اختر وقتًا آخر
bookings-calendar = احفظ الموعد في تقويمك (.ics)
bookings-move = غيّر وقت الموعد
bookings-cancel = ألغِ الموعد
bookings-notice-booked = تم حجز الموعد. ستصلك أيضًا رسالة عن الموعد.
bookings-notice-moved = تم تغيير وقت الموعد. ستصلك أيضًا رسالة بذلك.
bookings-notice-cancelled = تم إلغاء الموعد. ستصلك أيضًا رسالة بذلك.
bookings-kind-front-desk = اجتماع في Borgerservice (خدمة المواطنين)
bookings-kind-callback = نتصل بك هاتفيًا
bookings-kind-video = اجتماع بالفيديو
bookings-kind-home-visit = زيارة في بيتك
bookings-new-title = احجز موعدًا
bookings-new-lead = اختر كيف تريد أن تتحدث معنا. بعد ذلك نعرض لك الأوقات المتاحة.
bookings-choose-kind = كيف تريد أن تتحدث معنا؟
bookings-free-heading = الأوقات المتاحة: { $kind }
bookings-free-none = لا توجد أوقات متاحة الآن. اتصل بنا وسنجد لك موعدًا.
bookings-at = الساعة { $time }
bookings-when = { $day } الساعة { $from }-{ $to }
bookings-where-callback = نتصل بك على { $phone }.
bookings-where-video = نرسل رابط اجتماع الفيديو إلى { $phone }.
bookings-where-home = نأتي إليك في بيتك.
bookings-confirm-title = أكّد الموعد
bookings-confirm-button = احجز الموعد
bookings-choose-another = اختر وقتًا آخر
bookings-show-title = موعدك
bookings-ring-heading = اتصل وأخبر بالموعد: الرسالة لن تصل في الوقت المناسب
bookings-ring-intro = هؤلاء المواطنون يتلقون البريد على الورق، والرسالة الخاصة بموعدهم لن تصل إلا في يوم الاجتماع أو بعده.
bookings-ring-say-booked = أخبره بالموعد
bookings-ring-say-cancelled = أخبره أن الموعد أُلغي
bookings-ring-mark = لقد اتصلت بـ { $name }
bookings-rung-heading = تم الاتصال
bookings-rung-by = اتصل { $name } في { $at }.
bookings-ring-arrives = تصل الرسالة في حوالي { $arrives }.
bookings-ring-call = اتصل على { $phone }
bookings-ring-no-phone = ليس لدينا رقم هاتف: تواصل مع المواطن بطريقة أخرى (زيارة أو عن طريق مساعِد).
bookings-late-heading = الرسالة الخاصة بالموعد ستصل متأخرة
bookings-late-citizen = تصلك رسائلك على الورق، والرسالة الخاصة بالموعد لن تصل إلا في حوالي { $arrives }، أي بعد الاجتماع. اكتب الموعد الآن، أو أضفه إلى تقويمك. { $has_phone ->
    [true] ستتصل بك Borgerservice (خدمة المواطنين) على { $phone } وتخبرك بالموعد.
   *[false] ليس لدينا رقم هاتفك، لذلك لا نستطيع الاتصال بك لنخبرك بالموعد.
}
bookings-late-helper = يتلقى { $name } البريد على الورق، والرسالة الخاصة بالموعد لن تصل إلا في حوالي { $arrives }، أي بعد الاجتماع. أخبر { $name } بالموعد الآن. { $has_phone ->
    [true] ستتصل Borgerservice (خدمة المواطنين) أيضًا على { $phone } لتخبر بالموعد.
   *[false] ليس لدينا رقم هاتف، لذلك لا نستطيع الاتصال لنخبر بالموعد.
}
bookings-late-desk = يتلقى المواطن البريد على الورق، والرسالة الخاصة بالموعد لن تصل إلا في حوالي { $arrives }، أي بعد الاجتماع. أخبر المواطن بالموعد الآن، أو أعطه ورقة مكتوبًا عليها الموعد. { $has_phone ->
    [true] إذا لم يكن المواطن عندك، فاتصل على { $phone }.
   *[false] ليس لدينا رقم هاتف المواطن.
}
bookings-move-title = غيّر وقت الموعد
bookings-move-button = انقل الموعد إلى الوقت المختار
bookings-field-kind = نوع الاجتماع
bookings-field-when = الوقت
bookings-field-time = الساعة
bookings-field-place = المكان
bookings-field-place-hint = فقط للاجتماعات في Borgerservice (خدمة المواطنين).
bookings-field-place-none = لا يوجد مكان
bookings-field-topic = عن ماذا تريد أن تتحدث؟
bookings-field-topic-hint = مثلًا MitID، أو رسالة، أو إعانة السكن.
bookings-list-topic = الموضوع
bookings-field-note = رسالة إلينا
bookings-field-note-hint = اكتب إذا كان هناك شيء يجب أن نعرفه قبل الاجتماع. يمكنك أيضًا ترك الحقل فارغًا.
bookings-field-note-hint-call = اكتب ما يجب أن نعرفه قبل أن نتصل بك. يمكنك أيضًا ترك الحقل فارغًا.
bookings-field-phone = رقم الهاتف
bookings-field-phone-hint = 8 أرقام، أو رقم أجنبي مع رمز البلد، مثل +380 44 123 4567. نحتاج إليه عندما نتصل بك أو نعقد اجتماع فيديو.
bookings-field-name = الاسم
bookings-field-slot = اختر وقتًا
bookings-field-date = التاريخ
bookings-field-date-hint = اكتب التاريخ بالشكل سنة-شهر-يوم، مثل 2026-11-23.
bookings-field-first = اليوم الأول
bookings-field-last = اليوم الأخير
bookings-field-weekdays = أيام الأسبوع
bookings-field-from = من الساعة
bookings-field-to = إلى الساعة
bookings-field-time-hint = مثلًا 10:00.
bookings-field-minutes = عدد الدقائق لكل موعد
bookings-field-status = الحالة
bookings-status-booked = محجوز
bookings-status-free = متاح
bookings-callback-title = اتصلوا بي
bookings-callback-lead = اكتب اسمك ورقم هاتفك، واختر وقتًا. بعد ذلك نتصل بك. لا تحتاج إلى تسجيل الدخول.
bookings-callback-button = اتصلوا بي
bookings-callback-done = شكرًا. سنتصل بك في الوقت الذي اخترته.
bookings-callback-link = هل تفضّل أن نتصل بك نحن؟
bookings-slots-title = الأوقات المتاحة للحجز
bookings-slots-button = أنشئ الأوقات
bookings-slots-upcoming = الأوقات في الأسبوعين القادمين
bookings-slots-made = { $count ->
    [zero] لم يُنشأ أي وقت.
    [one] تم إنشاء وقت واحد.
    [two] تم إنشاء وقتين.
    [few] تم إنشاء { $count } أوقات.
    [many] تم إنشاء { $count } وقتًا.
   *[other] تم إنشاء { $count } وقت.
}
bookings-day-title = مواعيد اليوم
bookings-day-heading = المواعيد { $day }
bookings-day-show = اعرض اليوم
bookings-day-none = لا توجد مواعيد في ذلك اليوم.
bookings-error-kind = اختر نوع الاجتماع.
bookings-error-place = اختر مكان الاجتماع في Borgerservice (خدمة المواطنين).
bookings-error-date = اكتب التاريخ بالشكل سنة-شهر-يوم، مثل 2026-11-23.
bookings-error-first-date = اكتب اليوم الأول بالشكل سنة-شهر-يوم، مثل 2026-11-23.
bookings-error-last-date = اكتب اليوم الأخير بالشكل سنة-شهر-يوم، مثل 2026-11-30.
bookings-error-date-order = يجب أن يكون اليوم الأخير هو نفس اليوم الأول أو بعده.
bookings-error-date-span = أنشئ أوقاتًا لمدة 92 يومًا على الأكثر في المرة الواحدة.
bookings-error-weekdays = اختر يومًا واحدًا على الأقل من أيام الأسبوع.
bookings-error-from-time = اكتب متى تبدأ الأوقات، بالساعات والدقائق، مثل 10:00.
bookings-error-to-time = اكتب متى تنتهي الأوقات، بالساعات والدقائق، مثل 14:00.
bookings-error-time-order = يجب أن يكون وقت الانتهاء بعد وقت البدء.
bookings-error-minutes = اكتب عدد دقائق بين 5 و 240.
bookings-error-no-slots = لم ينتج عن ذلك أي أوقات. تحقق من الأيام وأيام الأسبوع والساعات.
bookings-error-past-series = بعض الأوقات قد مضت بالفعل. اختر يومًا أول وساعة لم يمضيا بعد.
bookings-error-overlap = بعض الأوقات تتداخل مع أوقات موجودة بالفعل من النوع نفسه وفي المكان نفسه. لم يُحفظ أي شيء. اختر أيامًا أو ساعات أخرى.
bookings-error-past = هذا الوقت قد مضى. اختر وقتًا آخر.
bookings-error-taken = حجز شخص آخر هذا الوقت قبل قليل. اختر وقتًا آخر.
bookings-error-slot = اختر أحد الأوقات المتاحة.
bookings-error-name = اكتب اسمك.
bookings-error-phone = اكتب رقم هاتف من 8 أرقام، مثل 12 34 56 78، أو رقمًا أجنبيًا مع رمز البلد، مثل +380 44 123 4567.
bookings-error-phone-needed = اكتب رقم هاتفك حتى نتمكن من الاتصال بك.
bookings-error-topic = اكتب باختصار عن ماذا تريد أن تتحدث (200 حرف على الأكثر).
bookings-error-note = الرسالة طويلة جدًا. اكتب 2000 حرف على الأكثر.
bookings-error-citizen = لا نعرف هذا المواطن. تحقق من معرّف الشخص (id).
bookings-error-api-time = اكتب الوقت بصيغة RFC 3339، مثل 2026-11-23T10:00:00Z.
bookings-letter-booked-subject = موعدك: { $kind } { $when }
bookings-letter-booked-body = لديك موعد.

    - **ماذا:** { $kind }
    - **متى:** { $when }
    - **أين:** { $where }
    - **الموضوع:** { $topic }

    إذا لم تستطع الحضور، فغيّر وقت الموعد أو ألغِه من خلال "مواعيدك"، أو اتصل بنا.
bookings-letter-moved-subject = تم تغيير وقت موعدك: { $kind } { $when }
bookings-letter-moved-body = تم تغيير وقت موعدك. الموعد الجديد هو:

    - **ماذا:** { $kind }
    - **متى:** { $when }
    - **أين:** { $where }
    - **الموضوع:** { $topic }
bookings-letter-cancelled-subject = تم إلغاء موعدك: { $kind } { $when }
bookings-letter-cancelled-body = تم إلغاء موعدك { $when }. إذا أردت موعدًا جديدًا، فاحجزه من خلال "مواعيدك"، أو اتصل بنا.
help-guide-error-lang = اختر اللغة da أو en.

api-bad-json = أرسل جسم JSON كما هو موصوف في /api/v1/openapi.json.
api-idempotency-key-invalid = يجب أن يتكون Idempotency-Key من 1 إلى 255 حرفًا مرئيًا (ASCII)، مثل UUID.
api-idempotency-reused = تم استخدام Idempotency-Key هذا لطلب آخر. استخدم مفتاحًا جديدًا لطلب جديد.
api-idempotency-in-progress = يجري الآن معالجة طلب له Idempotency-Key نفسه. حاول مرة أخرى بعد لحظة.

form-text-invalid = يحتوي الحقل على رموز لا نستطيع حفظها. اكتبه مرة أخرى بحروف عادية.
people-address-too-long = يجب ألا يزيد العنوان على 300 حرف.
bookings-error-name-too-long = يجب ألا يزيد الاسم على 200 حرف.
mandate-areas-too-many = أُرسلت مجالات أكثر من الموجودة. أرسل كل مجال مرة واحدة.

# Resuming permissions paused by protection, and giving one while protected
resume-title = أعِد تفعيل الأذونات لـ { $name }
resume-lead = الأذونات أدناه متوقفة مؤقتًا لأن { $name } كان محميًا. اسأل { $name } أيها يجب أن يسري مرة أخرى. اختر فقط الأذونات التي يوافق عليها { $name } بنفسه.
resume-none-paused = ليست لدى { $name } أذونات متوقفة مؤقتًا.
resume-letters = يتلقى المواطن وكل مساعِد رسالة بذلك. تُرسل رسالة المواطن أيضًا على الورق.
resume-legend = أي الأذونات يجب أن تسري مرة أخرى؟
resume-submit = أعِد تفعيل الأذونات المختارة
resume-back = اتركها متوقفة مؤقتًا
resume-none-chosen = اختر إذنًا واحدًا على الأقل ليسري مرة أخرى، أو اتركها متوقفة مؤقتًا.
resume-not-paused = أحد الأذونات لم يعد متوقفًا مؤقتًا. انظر إلى القائمة مرة أخرى، واختر من جديد.
resume-link = أعِد تفعيل الأذونات المتوقفة مؤقتًا لـ { $name }
resume-done = { $count ->
    [zero] لم يُعَد تفعيل أي إذن.
    [one] إذن واحد يسري مرة أخرى. يتلقى المواطن والمساعِد رسالة بذلك.
    [two] إذنان يسريان مرة أخرى. يتلقى المواطن والمساعِدون رسالة بذلك.
    [few] { $count } أذونات تسري مرة أخرى. يتلقى المواطن والمساعِدون رسالة بذلك.
    [many] { $count } إذنًا تسري مرة أخرى. يتلقى المواطن والمساعِدون رسالة بذلك.
   *[other] { $count } إذن تسري مرة أخرى. يتلقى المواطن والمساعِدون رسالة بذلك.
}
helpers-paused-how = الإذن متوقف مؤقتًا، لذلك لا يستطيع { $name } أن يرى أو يفعل أي شيء نيابة عنك. إذا أردت أن يسري مرة أخرى، فتعال إلى Borgerservice (خدمة المواطنين).
in-person-lead = أنت محمي من الرقابة الرقمية. لذلك لا يمكنك أن تسمح لشخص آخر بمساعدتك إلا عندما تحضر بنفسك إلى Borgerservice (خدمة المواطنين). لا يمكن فعل ذلك هنا في هذه الصفحة.
in-person-where = المكان والوقت
in-person-hours = ساعات العمل
in-person-phone = الهاتف
in-person-bring = أحضر معك
in-person-bring-id = جواز السفر أو رخصة القيادة أو بطاقة الإقامة، حتى نتأكد أنك أنت.
in-person-bring-helper = إن أمكن، الشخص الذي سيساعدك. عندها يسري الإذن فورًا.
in-person-why = نفعل ذلك بهذه الطريقة حتى لا يستطيع أحد أن يعطي نفسه إذنًا برؤية بريدك، إذا كان هناك من يراقبك على الإنترنت.
mandate-notice-resumed-subject = يستطيع { $helper } مساعدتك مرة أخرى
mandate-notice-resumed-body =
    اخترت في Borgerservice (خدمة المواطنين) أن يسري الإذن الممنوح لـ { $helper } مرة أخرى. كان متوقفًا مؤقتًا لأنك كنت محميًا. يُسمح لـ { $helper } الآن مرة أخرى بمساعدتك في: { $scopes }. { $can } يسري الإذن حتى نهاية يوم { $until }.

    يمكنك دائمًا أن ترى ما فعله { $helper }، ويمكنك إيقاف الإذن فورًا في صفحتي أو في Borgerservice (خدمة المواطنين).

    ألم تختر ذلك؟ اتصل بنا فورًا.
mandate-notice-helper-resumed-subject = يمكنك مساعدة { $citizen } مرة أخرى
mandate-notice-helper-resumed-body =
    اختار { $citizen } أن يسري إذنك مرة أخرى. كان متوقفًا مؤقتًا. يُسمح لك مرة أخرى بالمساعدة في: { $helper-scopes }. { $you-can } يسري الإذن حتى نهاية يوم { $until }.

    { $start }
mandate-notice-helper-start-resumed = تجده تحت "الأشخاص الذين تساعدهم" (/jeg-hjaelper).

# Stopping a permission: "Are you sure?"
stop-title = هل أنت متأكد أن { $name } لم يعد يُسمح له بمساعدتك؟
stop-lead = إذا أوقفت الإذن، يسري ذلك فورًا. بعد ذلك لن يستطيع { $name } أن يرى أو يفعل أي شيء نيابة عنك.
stop-loses = يفقد { $name } الإذن بـ:
stop-again = إذا أردت مساعدة من { $name } مرة أخرى لاحقًا، يجب أن تعطي إذنًا جديدًا، ويجب أن يوافق عليه { $name } مرة أخرى. ستصلك رسالة بأن الإذن قد توقف.
stop-submit = نعم، أوقف الإذن
stop-keep = لا، يُسمح لـ { $name } بمساعدتي كما كان

# Helper codes: naming a helper without a CPR number
give-helper-named-label = رمز المساعِد أو رقم CPR الخاص به
give-helper-named-hint = اطلب الرمز من مساعِدك. يجد المساعِد الرمز تحت "الأشخاص الذين تساعدهم". يتكون من 8 رموز، مثل 7F3K-2QXM. يمكنك أيضًا كتابة رقم CPR الخاص بالمساعِد.
helpers-helper-missing = اكتب رمز المساعِد أو رقم CPR الخاص به.
helpers-helper-typed-invalid = اكتب الرمز كما يراه المساعِد: 8 رموز، مثل 7F3K-2QXM. أو اكتب رقم CPR الخاص بالمساعِد المكوّن من 10 أرقام.
helpers-code-unknown = الرمز لا يعمل. ربما كُتب بشكل خاطئ، أو استُخدم من قبل، أو أصبح قديمًا جدًا. اطلب من المساعِد أن يبحث عن الرمز تحت "الأشخاص الذين تساعدهم"، أو أن ينشئ رمزًا جديدًا.
helpers-code-too-many = كتبت رمزًا خاطئًا مرات كثيرة جدًا اليوم. حاول مرة أخرى غدًا، أو تعال إلى Borgerservice (خدمة المواطنين) مع مساعِدك.
helping-code-heading = رمزك
helping-code-lead = إذا أراد مواطن أن يسمح لك بمساعدته، يمكنه أن يكتب رمزك بدلًا من رقم CPR الخاص بك. أنشئ رمزًا، وأخبر به المواطن. لا تخبر به إلا الشخص الذي ستساعده.
helping-code-make = أنشئ رمزًا
helping-code-made = رمزك الجديد جاهز. الرمز القديم لم يعد يعمل.
helping-code-yours = أخبر المواطن بهذا الرمز:
helping-code-until = يعمل الرمز حتى { $date } الساعة { $time }، ولمرة واحدة فقط.
helping-code-renew = أنشئ رمزًا جديدًا (سيتوقف هذا الرمز عن العمل)
