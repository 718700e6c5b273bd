# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.

## أرقام الشمول الرقمي (/tal)

insight-title = أرقام الشمول الرقمي
insight-lead = هكذا تسير الأمور مع الرسائل والمساعدة واللغة الواضحة، شهرًا بعد شهر. تأتي الأرقام من أنظمتنا نحن، وتُحسب كل ساعة.
insight-under-five-explained = إذا كان الرقم أقل من 5، نكتب «أقل من 5» ولا نكتب الرقم. هكذا لا يمكن التعرّف على أي مواطن. الشهر الذي انتهى يُحسب مرة أخيرة، ولا يتغير بعد ذلك.
insight-range = أي الأشهر تريد أن ترى؟
insight-from = من شهر
insight-to = إلى شهر
insight-month-hint = اكتب السنة والشهر، مثال: 2026-01.
insight-show = اعرض الأرقام
insight-csv = حمّل الأرقام كجدول بيانات (CSV)
insight-json = حمّل الأرقام كبيانات (JSON)
insight-none = لا توجد أرقام لهذه الأشهر حتى الآن.
insight-months-without =
    { $count ->
        [zero] تم حساب كل الأشهر.
        [one] شهر واحد من هذه الأشهر لم يُحسب، لأنه قبل أن نبدأ الحساب.
        [two] شهران من هذه الأشهر لم يُحسبا، لأنهما قبل أن نبدأ الحساب.
        [few] { $count } من هذه الأشهر لم تُحسب، لأنها قبل أن نبدأ الحساب.
        [many] { $count } من هذه الأشهر لم تُحسب، لأنها قبل أن نبدأ الحساب.
       *[other] { $count } من هذه الأشهر لم تُحسب، لأنها قبل أن نبدأ الحساب.
    }
insight-contents = المحتويات
insight-under-five = أقل من 5
insight-not-told = غير مذكور
insight-chart-table = الأرقام موجودة أيضًا في الجدول أدناه.
insight-month-unreadable = اكتب الشهر كسنة وشهر، مثال: 2026-01.
insight-month-future = اختر شهرًا قد بدأ. لا توجد أرقام لأشهر لم تأتِ بعد.
insight-range-backwards = يجب أن يكون شهر «من» قبل شهر «إلى»، أو أن يكون نفس الشهر.
insight-range-too-long = اختر 120 شهرًا (10 سنوات) على الأكثر في كل مرة.

insight-letters = الرسائل
insight-letters-lead = كم رسالة أرسلنا، وكم رسالة فُتحت، وكم رسالة بقيت غير مقروءة بعد 7 أيام.
insight-chart-unread = الرسائل التي بقيت غير مقروءة بعد 7 أيام من إرسالها، لكل شهر
insight-escalations = عندما لا تُقرأ رسالة
insight-escalations-lead = عندما لا تُفتح رسالة مهمة، نتصل بالشخص، أو نرسلها على الورق، أو نزوره. هنا ترى كيف جرى ذلك.
insight-lix = اللغة الواضحة في الرسائل
insight-lix-lead = مؤشر LIX يقيس مدى صعوبة النص. كلما كان أقل، كان النص أسهل. الحد عندنا هو { $limit }.
insight-people = المعفيون من البريد الرقمي (Digital Post) والمساعدون
insight-people-lead = كم شخصًا يحصل على الرسائل على الورق، وكم شخصًا لديه مساعد بتوكيل.
insight-bookings = المواعيد المحجوزة
insight-bookings-lead = مواعيد حجزها المواطنون للحصول على مساعدة من شخص.
insight-requests = طلبات الحصول على البيانات الشخصية
insight-requests-lead = طلبات حسب قواعد حماية البيانات، وهل أجبنا في الوقت المحدد.
insight-units = اللغة الواضحة حسب القسم في { $month }
insight-units-lead = مدى صعوبة الرسائل التي أرسلها كل قسم.
insight-units-caption = مؤشر LIX حسب القسم في { $month }
insight-tasks = «هل كان الأمر سهلًا؟» في { $month }
insight-tasks-lead = ماذا أجاب المواطنون عندما انتهوا من مهمة. 1 تعني صعب جدًا، و5 تعني سهل جدًا.
insight-tasks-caption = الإجابات حسب المهمة في { $month }
insight-stuck = أين توقف المواطنون في { $month }
insight-stuck-lead = عندما يأتي مواطن إلى مكتب الاستقبال لأنه توقف ولم يعرف كيف يكمل، يكتب الموظف ما الذي كان الأمر يتعلق به.
insight-stuck-caption = ملاحظات عن المواضع التي توقف فيها المواطنون، حسب الموضوع، في { $month }

insight-col-month = الشهر
insight-col-sent = أُرسلت
insight-col-opened = فُتحت
insight-col-unread = غير مقروءة بعد 7 أيام
insight-col-paper = أُرسلت على الورق
insight-col-moved = مهل تم تأجيلها
insight-col-phone = تم الاتصال هاتفيًا
insight-col-paper-copy = أُرسلت على الورق
insight-col-visit = تمت الزيارة
insight-col-reached = تم الوصول إليهم
insight-col-not-reached = لم يتم الوصول إليهم
insight-col-other-channel = تم الوصول إليهم بطريقة أخرى
insight-col-letters = الرسائل
insight-col-median = LIX (الوسيط)
insight-col-over-limit = فوق الحد
insight-col-exempt = معفيون من البريد الرقمي
insight-col-helpers = المساعدون
insight-col-permissions = التوكيلات
insight-col-received = وصلت
insight-col-answered = تمت الإجابة
insight-col-in-time = تمت الإجابة في الوقت المحدد
insight-col-overdue = بعد انتهاء المهلة
insight-col-unit = القسم
insight-col-task = المهمة
insight-col-answers = الإجابات
insight-col-average = المتوسط (1-5)
insight-col-easy = سهل أو سهل جدًا
insight-col-topic = الموضوع
insight-col-notes = الملاحظات
insight-nothing-in-month = لا توجد أرقام لعرضها لهذا الشهر.
