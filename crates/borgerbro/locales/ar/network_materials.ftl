# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.
# The network's materials: draft, review by another member, published (network::materials).

material-network = شبكة الشمول الرقمي
material-list-title = مواد من الشبكة
material-list-lead = أدلة ونشرات وقوائم تحقق ومقاطع فيديو وشرائح أعدّها أعضاء الشبكة. راجع عضو آخر كل مادة قبل أن تصل إلى هنا. استخدمها بحرية.
material-any = الكل
material-filter-button = اعرض المواد
material-found =
    { $count ->
        [zero] لا توجد مواد
        [one] مادة واحدة
        [two] مادتان
        [few] { $count } مواد
        [many] { $count } مادة
       *[other] { $count } مادة
    }
material-none = لا توجد مواد مناسبة. جرّب أن تختار أشياء أقل.
material-for = لـ: { $groups }
material-made-by = أعدّتها
material-former-member = عضو سابق
material-from-former-member = لم تعد { $organisation } في الشبكة. تبقى المادة هنا، لكنها من عضو سابق.
material-reviewed-by = راجعتها { $organisation } في { $date }.
material-reviewed-by-label = راجعتها
material-review-due-label = تُراجع مرة أخرى قبل
material-due-again = يجب مراجعتها مرة أخرى
material-due-since = كان يجب مراجعة المادة مرة أخرى في { $date }. يمكن لعضو آخر مراجعتها الآن. تبقى متاحة للجميع في الأثناء.
material-source-label = المصدر
material-adapted-from = معدّلة عن
material-feed-link = تابع المواد الجديدة (موجز Atom)
material-api-link = المواد كبيانات (API)
material-status-is = المادة ليست متاحة للجميع. الحالة: { $status }.
material-status-draft = مسودة
material-status-in-review = قيد المراجعة
material-status-published = منشورة
material-open-video = شاهد الفيديو
material-open-slides = اعرض الشرائح
material-download-pdf = نزّل ملف PDF
material-you-heading = لمنظمتكم
material-edit-button = عدّل المسودة
material-submit-button = أرسل للمراجعة
material-submit-heading = هل هي جاهزة للمراجعة؟
material-submit-text = عندما ترسلون المادة للمراجعة، لا يمكنكم تعديلها بعد ذلك. يقرؤها عضو آخر في الشبكة ويوافق عليها أو يكتب ما يجب تغييره.
material-see-page = اعرض صفحة المادة
material-review-button = راجع المادة
material-copy-text = هل تريدون استخدام المادة بطريقتكم؟ اصنعوا نسخة. تصبح النسخة مسودة لـ { $organisation }، وتُظهر من أين جاءت.
material-copy-button = اصنع نسخة يمكنكم تعديلها
material-changes-asked = راجعت { $organisation } المادة في { $date } وتطلب منكم تعديلها:
material-changed-on = عُدّلت في { $date }
material-sent-on = أُرسلت في { $date }
material-is-copy = نسخة

material-own-title = موادكم
material-own-lead = مواد { $organisation }: المسودات والمواد قيد المراجعة والمواد المنشورة.
material-own-due-lead = مرّ عام منذ مراجعتها. يجب أن يراجعها عضو آخر مرة أخرى. تبقى متاحة للجميع في الأثناء.
material-own-draft = مسودات
material-own-in-review = قيد المراجعة
material-own-published = منشورة
material-own-none = لا شيء بعد.

material-new-title = مادة جديدة
material-edit-title = عدّل المادة
material-form-lead = اكتبوا المادة واحفظوها كمسودة. نتحقق من وضوح لغة النص ومن إمكانية الوصول إلى ملف PDF. يمكنكم تعديل المسودة كلما أردتم قبل إرسالها للمراجعة.
material-field-title = العنوان
material-field-summary = باختصار
material-field-summary-hint = جملة أو جملتان عن ماهية المادة ولمن هي.
material-field-format = نوع المادة
material-field-format-hint = النشرة ملف PDF. الفيديو رابط. يمكن أن تكون الشرائح رابطًا أو ملف PDF.
material-field-format-choose = اختر نوعًا
material-field-target-groups = الفئات المستهدفة
material-field-target-groups-hint = لمن كُتبت المادة؟ اختر فئة واحدة على الأقل.
material-field-target-group = الفئة المستهدفة
material-field-languages = اللغات
material-field-languages-hint = بأي لغة المادة؟ اللغة الأولى التي تختارونها هي لغة المادة نفسها.
material-field-language = اللغة
material-field-topics = المواضيع
material-field-topic = الموضوع
material-field-body = النص
material-field-body-hint = الدليل أو قائمة التحقق نفسها. للأنواع الأخرى: عمّ تتحدث المادة. اكتب ## قبل العنوان و - قبل النقطة.
material-field-link = الرابط
material-field-link-hint = للفيديو أو الشرائح: العنوان الذي يبدأ بـ https://
material-field-file = PDF
material-field-file-hint = للنشرة أو الشرائح: ملف PDF حجمه 20 ميغابايت على الأكثر.
material-field-file-now = ملف PDF الحالي
material-field-file-remove = احذف ملف PDF
material-save-button = احفظ المسودة

material-format-guide = دليل
material-format-leaflet = نشرة
material-format-checklist = قائمة تحقق
material-format-video = فيديو
material-format-slides = شرائح

material-topic-mitid = MitID
material-topic-digital-post = Digital Post
material-topic-fraud = الاحتيال
material-topic-banking = البنك الإلكتروني والدفع
material-topic-borger-dk = borger.dk والخدمة الذاتية
material-topic-health = الصحة
material-topic-apps = التطبيقات
material-topic-basics = البداية
material-topic-helpers = مساعدة الآخرين

material-target-everyone = الجميع
material-target-elderly = كبار السن
material-target-new-in-denmark = القادمون الجدد إلى الدنمارك
material-target-disability = الأشخاص ذوو الإعاقة
material-target-reading = من يجدون صعوبة في القراءة
material-target-young = الشباب
material-target-volunteers = المتطوعون والمساعدون

material-checks-heading = فحص المادة
material-checks-lead = هذا ما تجده فحوصنا. استخدموه كمساعدة عند الكتابة والمراجعة.
material-check-lix = LIX { $lix }
material-check-no-findings = لم يجد الفحص شيئًا يحتاج إلى تعديل.
material-check-danish-only = فحص وضوح اللغة يقرأ الدنماركية فقط. لم يُفحص النص.
material-check-pdf-text = النص في ملف PDF
material-check-pdf = إمكانية الوصول إلى ملف PDF
material-check-pdf-tagged = ملف PDF موسوم، لذلك يمكن لقارئ الشاشة متابعته.
material-check-pdf-not-tagged = ملف PDF غير موسوم. قد يصعب على قارئ الشاشة قراءته.
material-check-pdf-lang = يذكر ملف PDF لغته: { $lang }.
material-check-pdf-no-lang = لا يذكر ملف PDF لغته. قد يقرؤه قارئ الشاشة عندئذ بنطق خاطئ.
material-check-pdf-text-found = يمكن قراءة النص من ملف PDF.
material-check-pdf-no-text = لا يوجد نص في ملف PDF. ربما هو صورة. عندئذ لا يستطيع قارئ الشاشة قراءته.

material-to-review-title = للمراجعة
material-to-review-lead = مواد من أعضاء آخرين تنتظر المراجعة. لا يمكنكم مراجعة موادكم.
material-to-review-none = لا توجد مواد تنتظركم الآن.
material-review-title = راجع المادة
material-review-lead = اقرأ المادة وانظر إلى الفحص. ضع علامة على ما هو صحيح. إذا كانت الثلاثة صحيحة، تصبح المادة متاحة للجميع.
material-review-again-lead = كان يجب مراجعة المادة مرة أخرى في { $date }. إذا كانت الثلاثة لا تزال صحيحة، تبقى متاحة للجميع عامًا آخر. وإلا تعود إلى مسودة.
material-review-legend = هل المادة
material-review-hint = ضع علامة على ما هو صحيح.
material-review-correct = صحيحة؟
material-review-understandable = مفهومة للفئة المستهدفة؟
material-review-up-to-date = محدّثة؟
material-review-comment = تعليق
material-review-comment-hint = اكتب ما يجب تعديله. إذا لم تضع علامة على الثلاثة كلها، يجب أن تكتب تعليقًا.
material-review-send = أرسل المراجعة

material-saved-created = حُفظت المسودة.
material-saved-changed = حُفظت المسودة.
material-saved-submitted = أُرسلت المادة للمراجعة.
material-saved-copied = صُنعت النسخة. إنها مسودتكم الآن.
material-saved-approved = شكرًا. المادة متاحة للجميع الآن.
material-saved-changes = شكرًا. أُعيدت المادة مع تعليقكم.

material-snippet-title = اعرض المواد على موقعكم
material-snippet-lead = انسخوا الرمز والصقوه في موقعكم. فيه روابط ونص فقط. يعمل دون تصميمنا.
material-snippet-own = موادكم فقط
material-snippet-make = اصنع الرمز
material-snippet-code = الرمز
material-snippet-copy-label = HTML لموقعكم
material-snippet-copy-hint = حدّد كل شيء وانسخه.
material-snippet-preview = كيف يبدو
material-snippet-heading = مواد عن الأمور الرقمية
material-snippet-more = اعرض كل مواد شبكة الشمول الرقمي
material-snippet-events-heading = الدورات والفعاليات
material-snippet-events-more = اطّلع على جميع الدورات والفعاليات

material-error-title = اكتب عنوانًا.
material-error-summary = اكتب باختصار ما هي المادة.
material-error-format = اختر نوع المادة.
material-error-body = اكتب الدليل أو قائمة التحقق.
material-error-link = اكتب عنوانًا يبدأ بـ https://
material-error-link-video = اكتب رابط الفيديو.
material-error-slides = اكتب رابطًا للشرائح، أو اختر ملف PDF.
material-error-file-leaflet = النشرة ملف PDF. اختر ملف PDF.
material-error-target-groups = اختر فئة مستهدفة واحدة على الأقل، ليرى الآخرون لمن المادة.
material-error-languages = اختر لغة المادة.
material-error-topics = اختر مواضيع من القائمة.
material-error-too-long = النص طويل جدًا.
material-error-pdf-empty = الملف فارغ. اختر ملفًا آخر.
material-error-pdf-too-large = الملف كبير جدًا. يجب ألا يتجاوز ملف PDF ‏20 ميغابايت.
material-error-pdf-not-pdf = الملف ليس PDF. احفظه كملف PDF واختره مرة أخرى.
material-error-pdf-too-complex = لا نستطيع قراءة ملف PDF لأنه معقد جدًا. احفظه مرة أخرى كملف PDF، مثلًا بـ "الطباعة إلى PDF".
material-error-pdf-unreadable = لا نستطيع قراءة ملف PDF. ربما هو محمي بكلمة مرور، أو تالف.
material-error-upload-broken = لم يصل النموذج كاملًا. حاول مرة أخرى.
material-error-filter = اختر قيمة من القائمة.
material-error-comment = اكتب ما يجب تعديله، ليعرف من أعدّوا المادة.
material-error-not-yours = المادة من منظمة أخرى.
material-error-not-draft = المادة ليست مسودة. لا يمكن تعديلها أو إرسالها الآن.
material-error-own-organisation = لا يمكنكم مراجعة مادتكم. يجب أن يراجعها عضو آخر في الشبكة.
material-error-not-due = لم يحن بعد موعد مراجعة المادة مرة أخرى.
material-error-owner-left = غادرت المنظمة التي أعدّت المادة الشبكة، لذا لا يمكن مراجعتها. إذا أردتم استخدامها، فأنشئوا نسخة منها وأرسلوها للمراجعة.
material-error-not-in-review = لم تُرسل المادة للمراجعة.
material-error-reviewed = راجع عضو آخر المادة للتو.
