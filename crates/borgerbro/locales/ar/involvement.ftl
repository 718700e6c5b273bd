# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.

## إشراك المواطنين في مشروع (/projekter/{id}/inddragelse)

involvement-title = إشراك المواطنين
involvement-lead = هنا يمكنك أن ترى كيف سألنا المواطنين، وماذا قالوا. نحن نجيب على كل ما يقوله المواطنون. إما أن نفعل ما يقترحونه، أو نشرح لماذا لا نفعله.
involvement-saved-activity = تم حفظ النشاط.
involvement-saved-input = تم حفظ الآراء وجوابكم عليها.
involvement-activities-title = الأنشطة
involvement-at-risk-yes = شارك أشخاص من الفئات المعرّضة للخطر. هذا مطلوب قبل أن يمكن اتخاذ قرار في مشروع من المستوى III أو IV.
involvement-at-risk-no = لم يشارك أحد من الفئات المعرّضة للخطر بعد. لا يمكن اتخاذ قرار في مشروع من المستوى III أو IV قبل أن يشاركوا.
involvement-activities-none = لا توجد أنشطة حتى الآن.
involvement-participants = المشاركون
involvement-groups = من الفئات المعرّضة للخطر
involvement-groups-none = لا أحد
involvement-paid = مقابل مالي لوقتهم
involvement-paid-amount = { $amount } كرونة لكل مشارك
involvement-paid-no = بدون مقابل مالي
involvement-inputs-title = ماذا قال المواطنون، وجوابنا
involvement-inputs-lead = إذا لم نفعل ما يقترحه المواطنون، نكتب السبب.
involvement-inputs-none = لا توجد آراء حتى الآن.
involvement-input-said = قال المواطنون:
involvement-input-from = من: { $activity }
involvement-answer-followed = سنأخذ بذلك.
involvement-answer-not-followed = لن نأخذ بذلك.

involvement-kind-workshop = ورشة عمل
involvement-kind-user-test = اختبار مع المستخدمين
involvement-kind-citizen-panel = لجنة من المواطنين
involvement-kind-council = مجلس
involvement-kind-interview = مقابلة


involvement-new-activity = أضف نشاطًا
involvement-field-kind = ما نوع النشاط؟
involvement-field-kind-choose = اختر
involvement-field-held-on = التاريخ
involvement-field-held-on-hint = اكتب التاريخ هكذا: 2026-10-14
involvement-field-participants = كم شخصًا شارك؟
involvement-field-groups = أي الفئات المعرّضة للخطر شاركت؟
involvement-field-paid = حصل المشاركون على مال مقابل وقتهم
involvement-field-paid-dkk = المبلغ لكل مشارك بالكرونة
involvement-field-paid-dkk-hint = فقط إذا حصل المشاركون على مال
involvement-field-description = ماذا حدث؟
involvement-field-description-hint = اكتب باختصار أين وكيف.
involvement-activity-button = احفظ النشاط

involvement-new-input = أضف الآراء وجوابكم عليها
involvement-field-activity = من أين جاءت الآراء؟
involvement-field-activity-none = ليست من نشاط معيّن
involvement-field-input = ماذا قال المواطنون؟
involvement-field-answer = ما جوابكم؟
involvement-field-reason = كيف، أو لماذا لا؟
involvement-field-reason-hint = يجب ملؤه إذا كنتم لن تأخذوا بذلك.
involvement-input-button = احفظ الآراء والجواب

involvement-error-kind = اختر نوع النشاط
involvement-error-held-on = اكتب التاريخ هكذا: 2026-10-14
involvement-error-participants = اكتب عدد المشاركين، كرقم من 1 إلى 100,000
involvement-error-groups = اختر فئات من القائمة فقط
involvement-error-paid = اكتب المبلغ بالكرونات الكاملة، من 1 إلى 100,000
involvement-error-description = اكتب ماذا حدث
involvement-error-too-long = يجب ألا يزيد النص عن 5,000 حرف
involvement-error-activity = اختر نشاطًا من القائمة
involvement-error-input = اكتب ماذا قال المواطنون
involvement-error-answer = اختر هل ستأخذون بذلك أم لا
involvement-error-reason = اكتب لماذا لن تأخذوا بذلك
