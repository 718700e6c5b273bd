# Reviewed by a native speaker: no. Translated by the team from the Danish source, 2026-12-06.

## Courses and events in the network for digital inclusion (network/events).

events-title = الدورات والفعاليات
events-lead = تعلّم الأمور الرقمية مع الآخرين: مقاهي تقنية المعلومات، ودورات للمبتدئين، ومساعدة لمعرفة ما إذا كان شيء ما احتيالًا، ومواطنون يعلّمون بعضهم بعضًا. المشاركة مجانية. سجّل هنا، أو اتصل بنا.
events-back = رجوع
events-mine = أنت مسجَّل في
events-you-have-seat = لديك مقعد.
events-you-have-seat-text = سنرسل لك تذكيرًا قبل أن تبدأ. لا تستطيع الحضور؟ ألغِ تسجيلك إذن، حتى يحصل شخص آخر على مقعدك.
events-you-wait = أنت رقم { $position } في قائمة الانتظار.
events-you-wait-text = ستحصل على مقعد تلقائيًا إذا ألغى شخص آخر تسجيله. وعندها تصلك أيضًا رسالة تذكير.
events-organising = فعالياتك
events-new-link = أنشئ فعالية
events-organising-none = لم تنشئ أي فعاليات بعد.
events-cancelled-short = ملغاة
events-attendees-link = اعرف من سيحضر
events-find = ابحث عن فعالية
events-filter-from = من يوم
events-filter-to = إلى يوم
events-filter-day-hint = مثلًا 14.12.2026. اترك الحقل فارغًا لكل الأيام.
events-filter-place = المكان
events-filter-any-place = كل الأماكن
events-filter-language = اللغة
events-filter-any-language = كل اللغات
events-filter-kind = النوع
events-filter-any-kind = كل الأنواع
events-filter-submit = اعرض الفعاليات
events-found =
    { $count ->
        [0] لا توجد فعاليات
        [one] فعالية واحدة
       *[other] عدد الفعاليات: { $count }
    }
events-none = لا توجد فعاليات تناسب ما اخترته. جرّب أن تختار أشياء أقل.
events-feed-link = تابع الفعاليات في قارئ الخلاصات (Atom)
events-feed-title = { $authority }: الدورات والفعاليات
events-feed-seats = المقاعد المتاحة: { $free }
events-held-in = باللغة: { $language }
events-by = تنظّمها { $organiser }
events-free-seats =
    { $count ->
        [0] لا توجد مقاعد متاحة
        [one] مقعد واحد متاح
       *[other] المقاعد المتاحة: { $count }
    }
events-full = لا توجد مقاعد متاحة.
events-full-waiting = ممتلئة، لكن يمكنك التسجيل في قائمة الانتظار
events-waiting-count =
    { $count ->
        [0] لا أحد في قائمة الانتظار
        [one] شخص واحد في قائمة الانتظار
       *[other] في قائمة الانتظار: { $count }
    }
events-when = { $day } الساعة { $from }-{ $to }

events-kind-drop-in = تعال متى شئت
events-kind-course = دورة
events-kind-peer-teaching = مواطنون يعلّمون مواطنين
events-kind-it-cafe = مقهى تقنية المعلومات
events-kind-fraud-session = هل هذا احتيال؟
events-kind-other = أخرى

events-channel-online = بنفسه عبر الإنترنت
events-channel-desk = في مكتب الخدمة أو بالهاتف
events-channel-helper = عن طريق مساعد
events-channel-api = عن طريق نظام آخر

events-is-cancelled = أُلغيت الفعالية.
events-when-label = متى
events-where-label = أين
events-language-label = اللغة
events-organiser-label = تنظّمها
events-seats-label = المقاعد
events-about = عن الفعالية
events-accessibility = الوصول والمساعدة في المكان
events-sign-up-heading = التسجيل
events-no-sign-up-cancelled = أُلغيت الفعالية. لا يمكنك التسجيل.
events-no-sign-up-begun = بدأت الفعالية. لم يعد بإمكانك التسجيل أو إلغاء التسجيل.
events-cancel-button = ألغِ تسجيلي
events-full-text = لا توجد مقاعد متاحة. سجّل اسمك في قائمة الانتظار. عندها تحصل على مقعد تلقائيًا إذا ألغى شخص آخر تسجيله.
events-wait-button = سجّلني في قائمة الانتظار
events-sign-up-button = سجّلني
events-log-in = سجّل الدخول لتسجّل في الفعالية
events-call = يمكنك أيضًا الاتصال بنا على { $phone }. وعندها نسجّلك نحن.
events-helper-heading = سجّل شخصًا تساعده
events-helper-link = سجّل { $name }
events-desk-link = سجّل مواطنًا يتصل أو يأتي إلى المكتب
events-organiser-heading = للمنظِّم
events-edit-link = عدّل الفعالية
events-cancel-event-text = هل يجب إلغاء الفعالية؟ كل المسجَّلين المعروفين لدينا يحصلون على رسالة بذلك.
events-cancel-event-button = ألغِ الفعالية

events-saved-seat = أنت مسجَّل ولديك مقعد.
events-saved-waiting = سُجّلت في قائمة الانتظار برقم { $position }.
events-saved-cancelled = أُلغي تسجيلك.
events-saved-created = أُنشئت الفعالية. الآن يمكن للمواطنين التسجيل.
events-saved-changed = حُفظت التغييرات.
events-saved-event-cancelled = أُلغيت الفعالية. يحصل المسجَّلون على رسالة.
events-saved-attendance = حُفظ الحضور.
events-saved-signup-cancelled = أُلغي التسجيل. إذا كان هناك أحد في قائمة الانتظار، فقد حصل على المقعد.

events-new-title = أنشئ فعالية
events-edit-title = عدّل الفعالية
events-form-lead = تنظّم الفعالية { $organiser }. اكتب بطريقة يفهمها الجميع.
events-field-title = العنوان
events-field-title-hint = قصير وواضح، مثلًا "ابدأ باستخدام MitID".
events-field-kind = النوع
events-field-choose = اختر
events-field-place = المكان
events-field-place-hint = يجب أن يكون المكان في قائمة الأماكن التي يمكن الحصول فيها على المساعدة.
events-field-day = اليوم
events-field-day-hint = مثلًا 14.12.2026.
events-field-starts = تبدأ الساعة
events-field-ends = تنتهي الساعة
events-field-time-hint = مثلًا 10.00.
events-field-language = اللغة
events-field-language-hint = اللغة التي يُتحدَّث بها. اكتب العنوان والوصف بتلك اللغة.
events-field-seats = عدد المقاعد
events-field-seats-hint = رقم من 1 إلى 1000.
events-field-description = الوصف
events-field-description-hint = ماذا يتعلم المشاركون، وماذا يجب أن يحضروا معهم؟
events-field-accessibility = الوصول والمساعدة في المكان
events-field-accessibility-hint = مثلًا: مصعد، مرحاض لذوي الإعاقة، حلقة سمعية، شاشة كبيرة.
events-new-button = أنشئ الفعالية
events-edit-button = احفظ التغييرات

events-error-too-long = النص طويل جدًا. اجعله أقصر.
events-error-title = اكتب عنوانًا.
events-error-kind = اختر نوع الفعالية.
events-error-place = اختر مكانًا من القائمة.
events-error-day = اكتب اليوم هكذا: 14.12.2026.
events-error-time = اكتب الوقت هكذا: 10.00.
events-error-ends-before = يجب أن يكون وقت الانتهاء بعد وقت البدء.
events-error-past = يجب أن تكون الفعالية في المستقبل. اختر يومًا ووقتًا لم يمضيا.
events-error-language = اختر لغة من القائمة.
events-error-seats = اكتب عدد مقاعد من 1 إلى 1000.
events-error-seats-below-taken = عدد من لديهم مقعد أكبر من هذا الرقم. اكتب عدد مقاعد لا يقل عن المقاعد المحجوزة.
events-error-description = اكتب وصفًا.
events-error-name = اكتب الاسم.
events-error-phone-missing = اكتب رقم هاتف حتى يستطيع المنظِّم الاتصال.
events-error-phone = اكتب رقم هاتف من 8 أرقام، أو مع + ورمز البلد.
events-error-cpr = اكتب رقم CPR من 10 أرقام، مثلًا 010203-1234.
events-error-cpr-unknown = لا نعرف رقم CPR هذا. تحقّق من الرقم، أو سجّل بالاسم ورقم الهاتف.
events-error-citizen = لا نعرف هذا المواطن.
events-error-filter-day = اكتب اليوم هكذا: 14.12.2026.
events-error-api-time = اكتب الوقت بصيغة RFC 3339 أو كيوم (2026-12-14).
events-error-api-language = اكتب اللغة بأحد الرموز الواردة في وصف واجهة البرمجة، مثل da.
events-error-api-place = يجب أن يكون المكان معرّف مكان مساعدة، كما يعطيه GET /api/v1/help/places.
events-name-removed = (حُذف الاسم بعد انتهاء مدة الحفظ)
events-error-cancelled = أُلغيت الفعالية.
events-error-begun = بدأت الفعالية، لذلك لا يمكن تغييرها.
events-error-not-open = الفعالية ملغاة أو بدأت. لم يعد بالإمكان التسجيل أو تغيير شيء.
events-error-already = المواطن مسجَّل بالفعل في هذه الفعالية.
events-error-not-signed-up = لا يوجد تسجيل لإلغائه.
events-error-not-begun = يمكنك كتابة من حضر فقط بعد أن تبدأ الفعالية.
events-error-full-waiting = الفعالية ممتلئة. سُجّل الطلب في قائمة الانتظار. انظر "position".

events-attendees-title = من سيحضر
events-attendees-private = هذه القائمة لك فقط بصفتك المنظِّم. استخدمها للفعالية فقط. يمكن للمواطنين أن يروا أنك اطّلعت عليها.
events-seats-taken =
    { $count ->
        [0] لا أحد لديه مقعد
        [one] شخص واحد لديه مقعد
       *[other] لديهم مقعد: { $count }
    }
events-to-call =
    { $count ->
        [one] شخص واحد مسجَّل لن تصله رسالة. اتصل به وذكّره بالفعالية.
       *[other] عدد المسجَّلين الذين لن تصلهم رسالة: { $count }. اتصل بهم وذكّرهم بالفعالية.
    }
events-attendees-seats = لديهم مقعد
events-attendees-none = لم يسجّل أحد بعد.
events-col-name = الاسم
events-col-phone = الهاتف
events-col-channel = طريقة التسجيل
events-col-letter = التذكير
events-col-came = حضر
events-col-actions = إلغاء التسجيل
events-col-position = الرقم
events-gets-letter = تصله رسالة
events-call-them = اتصل به
events-came-label = حضر { $name }
events-cancel-for = ألغِ تسجيل { $name }
events-attendance-button = احفظ الحضور
events-attendees-waiting = قائمة الانتظار
events-attendees-no-waiting = لا أحد في قائمة الانتظار.
events-attendees-waiting-text = إذا ألغى شخص لديه مقعد تسجيله، يحصل الأول في القائمة على المقعد تلقائيًا.
events-attendees-cancelled = ألغوا تسجيلهم

events-desk-title = سجّل مواطنًا
events-desk-made-seat = { $name } مسجَّل ولديه مقعد.
events-desk-made-waiting = سُجّل { $name } في قائمة الانتظار برقم { $position }.
events-desk-registered = مواطن لديه رقم CPR
events-field-cpr = رقم CPR
events-field-cpr-hint = سيُطلب منك أن تكتب لماذا تفتح بيانات المواطن. يحصل المواطن على تذكير في بريده.
events-desk-unregistered = مواطن ليس لديه رقم CPR
events-desk-unregistered-text = اكتب الاسم ورقم الهاتف. لن تصل المواطن رسالة. سيتصل به المنظِّم.
events-field-name = الاسم
events-field-phone = رقم الهاتف
events-field-phone-hint = 8 أرقام، أو مع + ورمز البلد.
events-desk-button = سجّل

events-for-title = سجّل { $name }
events-for-saved-seat = { $name } مسجَّل ولديه مقعد.
events-for-saved-waiting = سُجّل { $name } في قائمة الانتظار برقم { $position }.
events-for-saved-cancelled = أُلغي تسجيل { $name }.
events-for-has-seat = { $name } مسجَّل ولديه مقعد.
events-for-waits = { $name } رقم { $position } في قائمة الانتظار.
events-for-cancel-button = ألغِ تسجيل { $name }
events-for-letter = سيحصل { $name } على تذكير في بريده قبل أن تبدأ.
events-for-button = سجّل { $name }
events-for-look-only = إذنك يسمح لك بالاطلاع فقط. لا يمكنك التسجيل.

events-at-place = الدورات والفعاليات هنا
events-at-place-all = اعرض كل الفعاليات هنا

events-letter-reminder-subject = تذكير: { $title } { $day }
events-letter-reminder-body = أنت مسجَّل في { $title }.

    - **متى:** { $when }
    - **أين:** { $place }

    لا تستطيع الحضور؟ ألغِ تسجيلك إذن في "الدورات والفعاليات" أو اتصل بنا. عندها يمكن لشخص آخر أن يحصل على مقعدك.
events-letter-moved-up-subject = حصلت على مكان: { $title } { $day }
events-letter-moved-up-body = أصبح هناك مكان شاغر، وهو لك. أنت الآن مسجّل في { $title }.

    - **متى:** { $when }
    - **أين:** { $place }

    لا تستطيع الحضور؟ ألغِ تسجيلك في "الدورات والفعاليات" أو اتصل بنا، حتى يحصل شخص آخر على المكان.
events-letter-cancelled-subject = أُلغيت: { $title } { $day }
events-letter-cancelled-body = للأسف علينا أن نلغي { $title }.

    - **متى:** { $when }
    - **أين:** { $place }

    لا تحتاج إلى فعل أي شيء. في "الدورات والفعاليات" يمكنك أن تجد فعالية أخرى.

apiscope-events-signup = تسجيل المواطنين في الدورات والفعاليات

## "Who has looked": people from the network's organisations and what they did.

log-who-organisation = منظمة في الشبكة
log-what-event-signup = سجّلك في دورة أو فعالية
log-what-event-cancel = ألغى تسجيلك في دورة أو فعالية
log-what-event-read = اطّلع على ما إذا كنت مسجَّلًا في دورة أو فعالية
log-what-event-list = اطّلع على قائمة الحاضرين في فعالية أنت مسجَّل فيها
log-what-event-attended = سجّل ما إذا كنت قد حضرت فعالية
log-why-event = حتى تتمكن من حضور الفعالية.
log-why-event-organiser = لأنهم ينظّمون الفعالية.
