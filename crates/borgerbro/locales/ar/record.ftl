# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.

## بياناتي: سجل عمليات المعالجة (اللائحة العامة لحماية البيانات GDPR، المادة 30)، الذي يحتفظ به المسؤولون عن النظام.

record-title = معالجة بيانات المواطنين
record-lead = هنا مكتوب ما هي البيانات التي لدينا عن المواطنين، ولماذا. يقرأ المواطنون نفس الكلمات في صفحة «بياناتي». اكتب باختصار وببساطة: بجانب كل نص يظهر مدى سهولة قراءته.
record-import = استورد عمليات المعالجة من ملف
record-export = احفظ عمليات المعالجة كملف JSON
record-imported =
    { $count ->
        [zero] لم يتم استيراد أي نوع من البيانات.
        [one] تم استيراد نوع واحد من البيانات.
        [two] تم استيراد نوعين من البيانات.
        [few] تم استيراد { $count } أنواع من البيانات.
        [many] تم استيراد { $count } نوعًا من البيانات.
       *[other] تم استيراد { $count } نوع من البيانات.
    }
record-missing = لم يُكتب شيء بعد. يرى المواطنون أننا لم نكتب ذلك بعد.
record-edit = تعديل «{ $kind }»
record-edit-lead = اكتب للمواطن بطريقة يفهمها الجميع. استخدم «du» (أنت) وجملًا قصيرة.
record-save = احفظ
record-back = العودة إلى عمليات المعالجة
record-yes = نعم
record-no = لا
record-no-deletion = لا تُحذف بعد مدة محددة
record-days =
    { $count ->
        [zero] { $count } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }

record-category-person = معلوماتك الشخصية
record-category-letters = الرسائل والمرفقات
record-category-answers = ردودك على الرسائل
record-category-bookings = المواعيد
record-category-event-signups = تسجيلاتك في الدورات والفعاليات
record-category-permissions = الأذونات التي أعطيتها للمساعدين
record-category-choices = اختياراتك، مثل البريد الورقي واللغة
record-category-feedback = ما قلته عن مساعدتنا
record-category-requests = ملاحظات عن الأخطاء والطلبات
record-category-access-log = من اطّلع على بياناتك

record-field-what = ما هي
record-field-what-hint = ما هي المعلومات، بكلمات عادية.
record-field-purpose = لماذا نحتفظ بها
record-field-purpose-hint = لماذا نستخدم المعلومات.
record-field-legal-basis = ما هي القواعد التي تسمح لنا بذلك
record-field-legal-basis-hint = المادة في اللائحة العامة لحماية البيانات (GDPR)، والقانون الذي تستند إليه.
record-field-source = من أين حصلنا عليها
record-field-source-hint = مثلًا من المواطن نفسه، أو من سجل CPR (السجل المدني)، أو من نظام آخر من أنظمتنا.
record-field-recipients = من يحصل عليها
record-field-recipients-hint = لمن نعطي المعلومات، أو «نحن فقط».
record-field-retention = كم من الوقت نحتفظ بها
record-field-retention-hint = بكلمات عادية، كما يقرؤها المواطن.
record-field-retention-days = تُحذف بعد عدد من الأيام
record-field-retention-days-hint = عدد الأيام من وقت إنشاء المعلومة حتى حذفها. اترك الحقل فارغًا إذا كانت لا تُحذف بعد مدة محددة.
record-field-statistics = تُستخدم للإحصاءات
record-field-machine-learning = تُستخدم لتعلّم الآلة

record-error-category = اختر نوعًا من أنواع البيانات الموجودة في القائمة.
record-error-empty = اكتب شيئًا هنا. يجب أن يتمكن المواطنون من قراءته.
record-error-too-long = النص طويل جدًا. اكتب 1,000 حرف على الأكثر.
record-error-days = اكتب عددًا صحيحًا من الأيام من 1 إلى 36,500، أو اترك الحقل فارغًا.

record-import-lead = اختر ملف JSON من نفس النوع الذي تحصل عليه عندما تحفظ عمليات المعالجة. كل نوع من البيانات في الملف يحل محل النوع الموجود الآن. الأنواع الأخرى تبقى كما هي. إذا كانت في الملف أخطاء، لا نحفظ أي شيء.
record-import-file = ملف فيه عمليات المعالجة
record-import-file-hint = ملف JSON فيه "entries". حجمه 256 KB على الأكثر.
record-import-submit = استورد
record-import-no-file = اختر ملفًا.
record-import-bad-json = لا يمكن قراءة الملف. يجب أن يكون JSON فيه "entries"، كما عندما تحفظ عمليات المعالجة.
record-import-empty = لا توجد في الملف عمليات معالجة.
record-import-entries = توجد أخطاء في الملف. لم يُحفظ أي شيء. انظر الأخطاء أدناه.
record-import-twice = هذا النوع من البيانات موجود مرتين في الملف.
record-import-problems =
    { $count ->
        [zero] لا توجد أخطاء في الملف
        [one] خطأ واحد في الملف
        [two] خطآن في الملف
        [few] { $count } أخطاء في الملف
        [many] { $count } خطأً في الملف
       *[other] { $count } خطأ في الملف
    }
record-import-entry = الرقم
record-import-field = الحقل
record-import-problem = الخطأ

## بياناتي: النظرة العامة للمواطن.

overview-title = بياناتي
overview-title-for = البيانات عن { $name }
overview-link = ما لدينا عنك
overview-lead = هنا يمكنك أن ترى ما هي البيانات التي لدى البلدية عنك، ولماذا نحتفظ بها، وكم من الوقت نحتفظ بها. إذا كان هناك شيء خاطئ، يمكنك أن تكتب لنا.
overview-count =
    { $count ->
        [0] لا شيء
        [zero] لا شيء
        [one] المجموع: 1
        [two] المجموع: 2
        [few] المجموع: { $count }
        [many] المجموع: { $count }
       *[other] المجموع: { $count }
    }
overview-count-unknown = لا نعرف أي منها لك. الإجابات لا تحمل اسمك.
overview-see = اعرض { $kind }
overview-missing = لم نكتب بعد لماذا نستخدم ذلك. اسأل Borgerservice (خدمة المواطنين) إذا أردت أن تعرف.
overview-field-what = ما هي
overview-field-purpose = لماذا نحتفظ بها
overview-field-legal-basis = ما هي القواعد التي تسمح لنا بذلك
overview-field-source = من أين حصلنا عليها
overview-field-recipients = من يحصل عليها
overview-field-retention = كم من الوقت نحتفظ بها
overview-statistics = هل نستخدمها للإحصاءات؟
overview-machine-learning = هل نستخدمها لتعلّم الآلة؟

## بياناتي: من اطّلع على بياناتك.

log-title = من اطّلع على بياناتك
log-lead = هنا يمكنك أن ترى كل مرة اطّلع فيها شخص غيرك على بياناتك أو غيّرها: من، ومتى، وماذا، ولماذا. الأحدث يظهر أولًا.
log-chain = لا يمكن تغيير هذه القائمة دون أن يظهر ذلك. كل سطر مربوط بالسطر الذي قبله.
log-filter-label = اعرض
log-filter-button = اعرض
log-who-all = الكل
log-who-staff = موظف
log-who-helper = مساعد
log-who-system = نظام
log-on-behalf = نيابة عنك
log-why = السبب
log-no-reason = لم يُكتب سبب.
log-none = لم يطّلع أحد غيرك على بياناتك.
log-older = اعرض الأقدم
log-back = العودة إلى «بياناتي»
log-system-name = Borgerbro نفسه
log-unknown-system = نظام لم نعد نعرفه
log-unknown-person = شخص لم نعد نعرفه
log-bad-filter = اختر الكل، أو الموظفين، أو المساعدين، أو الأنظمة.
log-bad-cursor = العنوان خاطئ. ارجع إلى الصفحة الأولى من القائمة.

## من اطّلع: ماذا حدث ولماذا، بكلمات عادية.

log-what-reported = الاطلاع على بياناتك أو استخدامها في نظام آخر من أنظمة البلدية
log-what-login = تسجيل الدخول لأول مرة
log-what-apikey = تغيير صلاحية الوصول لنظام آخر
log-what-booking-read = الاطلاع على مواعيدك
log-what-booking-create = حجز موعد معك
log-what-booking-move = تغيير وقت أحد مواعيدك
log-what-booking-cancel = إلغاء أحد مواعيدك
log-what-booking-rung = الاتصال بك بخصوص موعد
log-what-exemption-start = جعل رسائلك تصلك على الورق
log-what-exemption-end = جعل رسائلك تصلك رقميًا مرة أخرى
log-what-mandate-give = إعطاء مساعد إذنًا لمساعدتك
log-what-mandate-accept = الموافقة على مساعدتك
log-what-mandate-change = تغيير إذن لمساعد
log-what-mandate-end = إيقاف إذن لمساعد
log-what-mandate-resume = تشغيل إذن مرة أخرى
log-what-mandate-code = إنشاء رمز مساعد أو تجربته
log-what-mandate-receipt = إنشاء إيصال لإذن
log-what-mandate-read = الاطلاع على الأذونات التي أعطيتها للمساعدين
log-what-refused = محاولة الاطلاع على بياناتك، دون الحصول على إذن
log-what-overview = الاطلاع على النظرة العامة لبياناتك
log-what-notes = الاطلاع على ملاحظاتك عن الأخطاء
log-what-note-write = كتابة ملاحظة عن خطأ نيابة عنك
log-what-note-answer = الرد على ملاحظتك
log-what-requests = الاطلاع على طلباتك بخصوص بياناتك
log-what-request-make = تقديم طلب بخصوص بياناتك نيابة عنك
log-what-request-answer = الرد على طلبك
log-what-request-extend = أخذ وقت إضافي للرد على طلبك
log-what-request-due = تذكيرنا بالرد على طلبك
log-what-record = تغيير وصف البيانات التي نحتفظ بها
log-what-export = تحميل كل بياناتك في ملف واحد
log-what-export-print = طباعة كل بياناتك
log-what-retention = حذف بيانات قديمة لم يعد يُسمح لنا بالاحتفاظ بها
log-what-person = الاطلاع على معلوماتك
log-what-protect = تغيير حماية معلوماتك
log-what-person-create = تسجيلك لدينا
log-what-letter-read = فتح إحدى رسائلك
log-what-letters = الاطلاع على قائمة رسائلك
log-what-letter-status = التحقق هل قرأت رسالة
log-what-letter-reply = الرد على رسالة نيابة عنك
log-what-letter-send = إرسال رسالة إليك
log-what-letter-escalate = المتابعة بخصوص رسالة لم تفتحها
log-what-exemption-offer = عرض إرسال الرسائل إليك على الورق
log-what-letter-print = طباعة رسالة إليك أو إرسالها على الورق
log-what-other = فعل شيء آخر ببياناتك
log-why-retention = لا نحتفظ بالبيانات أكثر مما تسمح به القواعد.
log-why-login = سجّلت الدخول، وكان علينا أن نتعرّف عليك.
log-why-admin = للحفاظ على النظام منظمًا.
log-why-booking = لإدارة موعدك.
log-why-your-choice = أنت اخترت ذلك.
log-why-permission = للتحكم في من يُسمح له بمساعدتك.
log-why-refused = لم يكن لدى الشخص إذن. لم تُعرض أي بيانات.
log-why-for-you = لمساعدتك.
log-why-note = للرد على ملاحظتك.
log-why-request = للرد على طلبك في الوقت المحدد.
log-why-protect = لحماية معلوماتك.
log-why-register = لكي نتمكن من الكتابة إليك ومساعدتك.
log-why-follow-up = لمتابعة رسالة أرسلناها إليك.
log-why-letter = لإعلامك بأمر.
log-why-unread = لم تكن قد فتحت رسالة مهمة.
log-why-paper = تصلك الرسائل على الورق، أو كنت تحتاج إلى نسخة.
log-from = من يوم
log-to = إلى يوم
log-day-hint = مثال: 2026-11-23. اترك الحقل فارغًا لترى كل شيء.
log-in-system = في النظام
log-bad-day = اكتب اليوم هكذا: سنة-شهر-يوم، مثال: 2026-11-23.
log-unit-front-desk = Borgerservice (خدمة المواطنين)
log-unit-caseworker = معالجة الحالات
log-unit-project = المشاريع
log-unit-dpo = حماية البيانات
log-unit-citizens-adviser = مستشار المواطنين (Borgerrådgiveren)
log-unit-it = تكنولوجيا المعلومات (IT)
log-unit-network = الشبكة
access-report-empty = أرسل سطرًا واحدًا على الأقل.
access-report-too-many = أرسل 1,000 سطر على الأكثر في كل مرة.
access-report-missing = اكتب شيئًا هنا.
access-report-too-long = النص طويل جدًا.
access-report-unreadable = لم يمكن قراءة السجل: يجب أن يكون كل حقل نصًا كما هو موصوف في /api/v1/openapi.json.
access-report-person = حدّد الشخص إما بـ person_id أو بـ cpr.
access-report-unknown-person = لا نعرف هذا الشخص.
access-report-actor = حدّد من اطّلع (actor).
access-report-actor-kind = يجب أن يكون من اطّلع staff أو helper أو system.
access-report-at = اكتب الوقت بصيغة RFC 3339، مثال: 2026-11-23T10:05:00Z.
access-report-future = الوقت في المستقبل.
log-bad-time = اكتب الوقت بصيغة RFC 3339 أو كيوم، مثال: 2026-11-23.
log-what-access-log = الاطلاع على قائمة من اطّلع على بياناتك
log-what-request-read = الاطلاع على طلبك بخصوص بياناتك

## Borgerservice: لماذا تفتح بيانات المواطن؟

desk-reason-title = لماذا تفتح بيانات هذا الشخص
desk-reason-lead = يمكن للمواطن أن يرى من اطّلع على بياناته، ولماذا. اكتب باختصار لماذا تفتحها الآن. ينطبق ذلك على هذا المواطن حتى تسجّل الخروج، ولمدة 8 ساعات على الأكثر.
desk-reason-label = السبب
desk-reason-hint = مثال: «اتصل المواطن بخصوص موعده» أو رقم الحالة.
desk-reason-button = متابعة
desk-reason-carried = أنت على وشك تغيير بيانات المواطن. اكتب السبب أولًا. ما ملأته لم يضِع: سيُرسل عندما تضغط على الزر.
desk-reason-send = أرسل مع السبب
desk-reason-back = العودة إلى Borgerservice
desk-reason-missing = اكتب لماذا تفتح بيانات المواطن.
desk-reason-too-long = اكتب 200 حرف على الأكثر.
## تحميل بياناتي (mydata::export)
export-heading = حمّل بياناتي
export-lead = حمّل كل ما لدى البلدية عنك في ملف واحد (ZIP). يحتوي على معلوماتك كبيانات (JSON وCSV، الذي يمكن فتحه في برامج الجداول) وعلى رسائلك ومرفقاتك كملفات PDF.
export-lead-for = حمّل كل ما لدى البلدية عن { $name } في ملف واحد (ZIP) فيه البيانات (JSON وCSV) والرسائل والمرفقات كملفات PDF. يمكن لـ { $name } أن يرى أنك حمّلت ذلك.
export-button = حمّل بياناتي
export-button-for = حمّل البيانات عن { $name }
export-print = اطبع كل شيء كملف PDF واحد
export-print-made = طُبع في { $date }
export-print-none = لا شيء.
export-print-cancelled = أُلغي
export-signup-seat = مقعد محجوز
export-signup-waiting = على قائمة الانتظار
export-signup-cancelled = أُلغي التسجيل
export-signup-came = الحضور: نعم
export-signup-did-not-come = الحضور: لا
export-signup-made = تاريخ التسجيل { $date }
export-print-left-out-unreadable = المرفق { $number } ({ $filename }) غير موجود في النسخة المطبوعة، لأنه لا يمكن قراءة الملف كملف PDF. اطبعه وحده.
export-print-left-out-encrypted = المرفق { $number } ({ $filename }) غير موجود في النسخة المطبوعة، لأن الملف مقفل بكلمة مرور. اطبعه وحده.
export-print-left-out-too-big = المرفق { $number } ({ $filename }) غير موجود في النسخة المطبوعة، لأن الملف كبير جدًا. اطبعه وحده.
export-print-feedback = الإجابات على «هل كان الأمر سهلًا؟» تُحفظ بدون اسم. لذلك لا يمكننا أن نعرف أي منها لك.
export-field-name = الاسم
export-field-cpr = رقم CPR (الرقم الشخصي)
export-field-address = العنوان
export-field-phone = الهاتف
export-field-paper-post = البريد الورقي
export-field-language = اللغة
