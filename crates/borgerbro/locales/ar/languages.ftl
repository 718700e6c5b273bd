# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.
# اللغة والقراءة: اللغة التي نكتب بها إلى المواطن، والقراءة السهلة، والخط الكبير.

reading-title = اللغة والقراءة
reading-lead = اختر اللغة التي نكتب لك بها. تُفتح الصفحات بها أيضًا عندما تسجّل الدخول.
reading-language-label = لغتك
reading-language-hint = تصلك رسائل النظام بلغتك. رسائل الموظف المسؤول عن حالتك تكون باللغة الدنماركية إذا لم توجد نسخة بلغتك.
reading-how-label = كيف تقرأ بشكل أفضل
reading-easy-read = قراءة سهلة
reading-easy-read-hint = ترى "باختصار" والخطوات السهلة أولًا، وزر "اقرأ بصوت عالٍ" في الأعلى.
reading-large-print = خط كبير
reading-large-print-hint = نص أكبر في الصفحات، و16 نقطة على الأقل في الرسائل الورقية.
reading-save = حفظ
reading-saved = تم حفظ اختيارك.
reading-back = العودة إلى صفحتي
reading-error-language = اختر إحدى اللغات في القائمة.
reading-desk-heading = اللغة والقراءة
reading-desk-saved = تم حفظ اختيار { $name } للغة والقراءة.
log-what-reading = تغيير لغتك أو طريقة قراءتك
people-language-unknown = اللغة غير معروفة. استخدم أحد الرموز da أو en أو ar أو uk أو tr.
letter-not-in-your-language = هذه الرسالة { $original ->
        [da] باللغة الدنماركية
       *[other] ليست بلغتك
    }. اتصل بنا على { $phone } إذا أردت مساعدة في فهمها.
letter-help-in-your-language = ابحث عن مكان تحصل فيه على مساعدة بلغتك
letter-versions-label = الرسالة بلغات أخرى
letter-translated = هذه ترجمة. الرسالة الأصلية هي التي يُعمل بها.
letter-read-original = اقرأ الرسالة الأصلية

# A month on its own, as in "marts 2026" (some languages say a month in a date differently).
month-alone-1 = يناير
month-alone-2 = فبراير
month-alone-3 = مارس
month-alone-4 = أبريل
month-alone-5 = مايو
month-alone-6 = يونيو
month-alone-7 = يوليو
month-alone-8 = أغسطس
month-alone-9 = سبتمبر
month-alone-10 = أكتوبر
month-alone-11 = نوفمبر
month-alone-12 = ديسمبر
post-version-language-unknown = اللغة غير معروفة. يمكن أن تكون النسخة بـ da أو en أو ar أو uk أو tr.
post-version-same-language = الرسالة نفسها مكتوبة بهذه اللغة. اكتب النسخة بلغة أخرى.
a11y-languages-heading = اللغات
a11y-languages-text = الصفحات متاحة بخمس لغات. الدنماركية هي اللغة التي تُكتب بها النصوص. اللغات الأخرى مترجمة من الدنماركية. هنا ترى إن كان شخص لغته الأم هذه اللغة قد راجع الترجمة.
a11y-language-source = النصوص تُكتب بالدنماركية
a11y-language-reviewed = راجعها شخص لغته الأم هذه اللغة
a11y-language-not-reviewed = مترجمة، لكن لم يراجعها بعد شخص لغته الأم هذه اللغة
guide-help-in-your-language = هنا يمكنك الحصول على مساعدة بلغتك:
paper-translated = هذه ترجمة. الرسالة الأصلية تأتي بعدها، والأصل هو الذي يُعمل به.
paper-original-heading = الرسالة الأصلية
write-version-summary = الرسالة بلغة أخرى (اختياري)
write-version-hint = اكتب الرسالة مرة أخرى بلغة المواطن. يقرؤها المواطن أولًا، ويمكنه دائمًا قراءة الرسالة الدنماركية، وهي التي يُعمل بها.
write-version-language = اللغة
write-version-none = لا توجد لغة أخرى
write-version-legend = النسخة بلغة أخرى
write-version-subject = العنوان باللغة الأخرى
write-version-summary-label = باختصار، باللغة الأخرى (اختياري)
write-version-body = الرسالة باللغة الأخرى
post-version-language-missing = اختر لغة النسخة، أو احذف ما كتبته فيها.
reading-desk-language-label = لغة المواطن
guide-no-help-in-your-language = لا يوجد هنا بعد مكان يساعد بلغتك. اتصل بنا على { $phone } وسنجد مترجمًا أو طريقة أخرى.
paper-language-heading = هذه الرسالة ليست بلغتك
