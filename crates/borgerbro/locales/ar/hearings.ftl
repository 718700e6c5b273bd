# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.

## الاستشارات العامة (/hoeringer) وصفحات مالك المشروع

hearings-title = الاستشارات العامة
hearings-lead = قبل أن نجعل شيئًا رقميًا، نسألكم. هنا يمكن لأي شخص أن يرد. لا تحتاج إلى تسجيل الدخول.
hearings-none = لا توجد استشارات عامة الآن.
hearings-open-until = يمكنك الرد حتى نهاية يوم { $date }.
hearings-closed-on = انتهت الاستشارة العامة في { $date }.
hearings-hearing-title = استشارة عامة
hearings-received = شكرًا. وصلنا ردك. سنقرؤه قبل أن يظهر على الصفحة.
hearings-what-title = موضوع الاستشارة العامة
hearings-closed-text = انتهت الاستشارة العامة. كان يمكنك الرد حتى نهاية يوم { $date }. لم يعد بإمكانك إرسال رد.
hearings-not-sent = لم يتم إرسال ردك. ها هو، لكي تحتفظ به:
hearings-form-title = أرسل ردك
hearings-form-lead = اكتب رأيك. يمكنك أن تختلف معنا. الاسم والجمعية والبريد الإلكتروني اختيارية.
hearings-field-text = ردك
hearings-field-text-hint = 20,000 حرف على الأكثر.
hearings-field-own-name = أظهر اسمي ({ $name }) مع الرد
hearings-field-name = الاسم
hearings-field-optional = اختياري. سنُظهره مع ردك.
hearings-field-organisation = جمعية أو منظمة
hearings-field-organisation-hint = فقط إذا كنت ترد باسم جمعية.
hearings-field-email = البريد الإلكتروني
hearings-field-email-hint = اختياري. لن نُظهره أبدًا. نستخدمه فقط إذا كانت لدينا أسئلة.
hearings-send = أرسل الرد
hearings-answers-title = الردود
hearings-answers-lead = نقرأ كل رد قبل أن يظهر على الصفحة. نحذف فقط المعلومات عن أشخاص آخرين والكلمات المسيئة. ونجيب على كل رد.
hearings-answers-none = لا توجد ردود على الصفحة حتى الآن.
hearings-anonymous = بدون اسم
hearings-edited = عدّلنا في الرد:
hearings-reply-followed = سنأخذ بذلك.
hearings-reply-not-followed = لن نأخذ بذلك.
hearings-reply-waiting = لم نجب بعد.

hearings-open-title = استشارة عامة حول المشروع
hearings-open-lead = افتح استشارة عامة لكي يتمكن الجميع من الرد. اكتب باختصار وببساطة ماذا يعني المشروع للمواطنين.
hearings-of-project = الاستشارات العامة للمشروع
hearings-moderation-link = اقرأ الردود وأجب عليها
hearings-new = افتح استشارة عامة جديدة
hearings-field-summary = المشروع بكلمات بسيطة
hearings-field-summary-hint = ما الذي يتغير، ولمن، وماذا يمكن أن يفعل الشخص بدون كمبيوتر؟
hearings-field-deadline = آخر يوم للرد
hearings-field-deadline-hint = اكتب التاريخ هكذا: 2026-12-31
hearings-open-button = افتح الاستشارة العامة

hearings-moderation-title = الردود في الاستشارة العامة
hearings-moderation-lead = اقرأ كل رد قبل أن يظهر على الصفحة. ثم أجب عليه: هل ستأخذون به، أو لماذا لا؟
hearings-moderation-never = لا يجوز أبدًا حجب رد لأنه يخالف رأيكم. احذفوا فقط المعلومات عن الأشخاص والكلمات المسيئة، واكتبوا ما الذي حذفتموه.
hearings-moderation-none = ليس للمشروع استشارات عامة.
hearings-moderation-hearing = الاستشارة العامة حتى نهاية يوم { $date }
hearings-answer-received = رد بتاريخ { $date }
hearings-moderation-text = الرد كما سيظهر على الصفحة
hearings-moderation-text-hint = عدّلوا فقط المعلومات عن الأشخاص والكلمات المسيئة.
hearings-moderation-note = ما الذي حذفتموه؟
hearings-moderation-note-hint = يجب ملؤه إذا عدّلتم في الرد.
hearings-approve = أظهر الرد على الصفحة
hearings-field-response = جوابكم
hearings-field-response-text = كيف، أو لماذا لا؟
hearings-respond = احفظوا جوابكم

hearings-error-summary = اكتب موضوع المشروع
hearings-error-summary-long = يجب ألا يزيد النص عن 5,000 حرف
hearings-error-deadline = اكتب تاريخًا بعد اليوم، هكذا: 2026-12-31
hearings-error-text-empty = اكتب ردك
hearings-error-text-long = يجب ألا يزيد ردك عن 20,000 حرف
hearings-error-line-long = يجب ألا يزيد عن 200 حرف
hearings-error-email = اكتب بريدًا إلكترونيًا مثل navn@eksempel.dk، أو اترك الحقل فارغًا
hearings-error-note = اكتبوا ما الذي حذفتموه
hearings-error-note-long = يجب ألا يزيد النص عن 5,000 حرف
hearings-error-response = اختاروا هل ستأخذون بذلك أم لا
hearings-error-reason = اكتبوا لماذا لن تأخذوا بذلك
hearings-error-already-approved = الرد ظاهر على الصفحة من قبل. ارجع وحمّل الصفحة مرة أخرى.
hearings-error-not-approved = يجب أن يظهر الرد على الصفحة قبل أن تتمكنوا من الإجابة عليه.
hearings-api-bad-json = أرسل JSON مثل {"{"}"text": "...", "name": "...", "organisation": "...", "email": "..."{"}"}. الحقل text فقط مطلوب.
hearings-api-closed = انتهت مهلة الاستشارة العامة. لم يعد ممكنًا إرسال ردود.
hearings-report-title = تقرير الاستشارة العامة
hearings-report-closed = انتهت الاستشارة العامة في { $date }.
hearings-report-open = الاستشارة العامة مفتوحة حتى نهاية يوم { $date }. يعرض التقرير الردود حتى الآن.
hearings-report-count =
    { $count ->
        [0] لا توجد ردود
        [zero] لا توجد ردود
        [one] رد واحد
        [two] ردّان
        [few] { $count } ردود
        [many] { $count } ردًّا
       *[other] { $count } رد
    }
hearings-report-links = تقرير الاستشارة العامة مع كل الردود وأجوبتنا عليها:
hearings-report-pdf = PDF
hearings-report-json = JSON
hearings-business-case-link = اقرأ دراسة الجدوى (business case) للمشروع: كم يكلّف، وماذا يعطي
