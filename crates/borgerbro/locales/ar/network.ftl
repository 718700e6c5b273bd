# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.

## شبكة الشمول الرقمي (/netvaerk): الأعضاء وطلبات العضوية

network-title = شبكة الشمول الرقمي
network-lead = تلتقي البلدية والمنظمات التي تساعد المواطنين في الأمور الرقمية مرتين في السنة. نتبادل الخبرات والمواد، ويراجع كل منا مواد الآخرين، ونخطط معًا.
network-link-meetings = الاجتماعات ومحاضرها
network-link-materials = مواد من الشبكة
network-link-plan = خطة العمل
network-link-events = الدورات والفعاليات
network-you = أنت والشبكة
network-you-act-for = أنت مسؤول التواصل لدى { $name }.
network-own-link = عدّل صفحتكم، أو غادر الشبكة
network-you-requested = طلبت منظمتك الانضمام إلى الشبكة. سيرد عليك المنسق.
network-you-refused = رفض المنسق طلب { $name }
network-join-link = اطلب الانضمام
network-join-login = هل تساعد منظمتك المواطنين في الأمور الرقمية؟ سجّل الدخول لتطلب الانضمام.
network-requests-waiting =
    { $count ->
        [0] لا توجد طلبات في الانتظار
        [zero] لا توجد طلبات في الانتظار
        [one] طلب واحد ينتظر ردك
        [two] طلبان ينتظران ردك
        [few] { $count } طلبات تنتظر ردك
        [many] { $count } طلبًا ينتظر ردك
       *[other] { $count } طلب ينتظر ردك
    }
network-members = الأعضاء
network-members-none = لا يوجد في الشبكة أعضاء حتى الآن.
network-helps-in = لغات المساعدة: { $languages }
network-former-member-since = عضو سابق. غادرت الشبكة في { $date }.
network-member-places = أين يقدّمون المساعدة
network-contacts = مسؤولو التواصل

network-join-title = اطلب الانضمام
network-join-lead = أخبرنا عن منظمتكم. سيقرأ المنسق الطلب ويرد عليك. ستصبح مسؤول التواصل لدى المنظمة.
network-join-button = أرسل الطلب
network-edit-title = صفحتكم في الشبكة
network-edit-lead = هذا ما يظهر على صفحتكم العامة. عدّله عندما يتغير شيء.
network-edit-button = احفظ التغييرات

network-field-name = اسم المنظمة
network-field-kind = نوع المنظمة
network-field-kind-choose = اختر
network-field-who-they-help = من تساعدون؟
network-field-who-they-help-hint = مثلًا كبار السن الذين يريدون تعلّم استخدام MitID، أو القادمون الجدد إلى الدنمارك.
network-field-area = أين تساعدون؟
network-field-area-hint = مدينة، أو حي من مدينة، أو البلدية كلها.
network-field-languages = بأي لغات تساعدون؟
network-field-website = الموقع الإلكتروني
network-field-website-hint = العنوان كاملًا، مثلًا https://www.example.org
network-field-phone = الهاتف
network-field-places = أماكن المساعدة التابعة لكم
network-field-places-hint = ضع علامة عند الأماكن التابعة لكم في قائمة أماكن المساعدة.
network-field-asked-on = تاريخ الطلب
network-field-reason = لماذا ترفض؟
network-field-reason-hint = يمكن لمقدّم الطلب أن يقرأ هذا. اكتب ما يمكنه أن يفعل.

network-kind-library = مكتبة
network-kind-seniors = منظمة لكبار السن
network-kind-disability = منظمة للأشخاص ذوي الإعاقة
network-kind-language-school = مدرسة لغة
network-kind-housing = عمل اجتماعي في الأحياء السكنية
network-kind-volunteers = متطوعون
network-kind-authority = جهة حكومية
network-kind-other = أخرى

network-leave-heading = مغادرة الشبكة
network-leave-text = يمكنكم مغادرة الشبكة في أي وقت. تبقى موادكم في مكانها، وتظهر على أنها من عضو سابق. ستفقدون الوصول إلى صفحات الشبكة الخاصة بالأعضاء.
network-leave-button = غادر الشبكة

network-requests-title = طلبات العضوية
network-requests-none = لا توجد طلبات في الانتظار.
network-approve-button = وافق على طلب { $name }
network-refuse-button = ارفض طلب { $name }

network-saved-requested = شكرًا. تم إرسال الطلب إلى المنسق.
network-saved-left = غادرت منظمتكم الشبكة.
network-saved-profile = تم حفظ صفحتكم.
network-saved-approved = تمت الموافقة على الطلب. أصبحت المنظمة الآن عضوًا.
network-saved-refused = لقد رفضت الطلب. يمكن لمقدّم الطلب أن يرى السبب.

network-error-too-long = النص طويل جدًا. اجعله أقصر.
network-error-name = اكتب اسم المنظمة.
network-error-kind = اختر نوع منظمتكم.
network-error-who-they-help = اكتب من تساعدون.
network-error-area = اكتب أين تساعدون.
network-error-languages = ضع علامة عند لغة واحدة على الأقل تساعدون بها.
network-error-website = اكتب عنوان الموقع الإلكتروني كاملًا، مثلًا https://www.example.org
network-error-phone = اكتب رقم هاتف من 8 أرقام، أو رقمًا أجنبيًا يبدأ بعلامة +.
network-error-places = أحد أماكن المساعدة لم يعد موجودًا. انظر إلى القائمة مرة أخرى.
network-error-reason = اكتب لماذا ترفض، لكي يعرف مقدّم الطلب ما يمكنه أن يفعل.
network-error-already-member = أنت بالفعل مسؤول التواصل لدى منظمة في الشبكة.
network-error-already-requested = لقد قدّمت طلبًا من قبل. انتظر رد المنسق.
network-error-asker-already-member = مقدّم الطلب هو بالفعل مسؤول التواصل لدى منظمة أخرى. ارفض الطلب واكتب السبب.
network-error-decided = تم الرد على هذا الطلب من قبل. ارجع إلى القائمة.
network-error-not-member = لم تعد المنظمة عضوًا في الشبكة.

## الاجتماعات (/netvaerk/moeder)

network-meetings-title = اجتماعات الشبكة
network-meetings-lead = تجتمع الشبكة مرتين في السنة ليوم كامل. يتغير المضيف في كل مرة. يقترح الأعضاء بنودًا لجدول الأعمال. محاضر الاجتماعات متاحة للجميع.
network-meetings-calendar = أضف الاجتماعات إلى تقويمك
network-meetings-upcoming = الاجتماعات القادمة
network-meetings-past = الاجتماعات السابقة
network-meetings-none = لا توجد اجتماعات.
network-meeting-hosted-by = المضيف: { $name }
network-meeting-no-minutes = لم يُكتب المحضر بعد
network-meeting-has-minutes = مع المحضر
network-meeting-new = خطّط لاجتماع
network-meeting-new-lead = التاريخ والمضيف مجرد اقتراح: بعد نصف سنة من آخر اجتماع، عند العضو الذي انتظر أطول مدة ليكون المضيف.
network-meeting-create-button = خطّط للاجتماع
network-field-meeting-title = اسم الاجتماع
network-field-meeting-title-hint = مثلًا اجتماع الربيع للشبكة
network-field-host = المضيف
network-field-host-hint = العضو الذي يُعقد الاجتماع عنده.
network-field-place = المكان
network-field-place-hint = العنوان، لكي يجد الجميع الطريق.
network-field-date = التاريخ
network-field-date-hint = اكتب التاريخ بهذا الشكل: السنة-الشهر-اليوم، مثلًا 2027-05-04.
network-field-from = يبدأ الساعة
network-field-to = ينتهي الساعة
network-field-time-hint = مثلًا 09:00
network-field-agenda-deadline = آخر موعد لاقتراح بنود لجدول الأعمال
network-field-agenda-deadline-hint = آخر يوم يمكن فيه للأعضاء اقتراح بنود. يجب أن يكون قبل يوم الاجتماع.
network-field-when = متى
network-agenda = جدول الأعمال
network-agenda-empty = لا توجد بنود بعد.
network-agenda-proposed-by = اقترحه { $name }
network-agenda-up = انقل «{ $title }» إلى أعلى
network-agenda-down = انقل «{ $title }» إلى أسفل
network-agenda-propose = اقترح بندًا
network-agenda-propose-until = يمكنك اقتراح بنود حتى نهاية يوم { $date }.
network-agenda-propose-button = اقترح البند
network-agenda-closed = انتهى آخر موعد لاقتراح بنود لجدول الأعمال. اكتب إلى المنسق إذا كان هناك شيء مهم.
network-field-item-title = عنوان البند
network-field-item-description = عمّ تريدون أن تتحدثوا؟
network-meeting-signup = سجّل للمشاركة في الاجتماع
network-meeting-signed-up = أنت مسجَّل. يمكنك تغيير ما تحتاج إليه، أو إلغاء تسجيلك.
network-meeting-signup-button = سجّلني
network-meeting-signup-change = احفظ التغييرات
network-meeting-withdraw = ألغِ تسجيلي
network-field-access-needs = هل تحتاج إلى شيء لكي تستطيع المشاركة؟
network-field-access-needs-hint = مثلًا مترجم فوري، أو حلقة سمعية لأجهزة السمع، أو مدخل بدون درجات، أو استراحة.
network-field-access-needs-column = احتياجات المشاركة
network-field-dietary-needs = الطعام والحساسية
network-meeting-signups =
    { $count ->
        [0] لم يسجّل أحد بعد
        [zero] لم يسجّل أحد بعد
        [one] شخص واحد مسجَّل
        [two] شخصان مسجَّلان
        [few] { $count } أشخاص مسجَّلون
        [many] { $count } شخصًا مسجَّلًا
       *[other] { $count } شخص مسجَّل
    }
network-meeting-signups-caption = المسجَّلون وما يحتاجون إليه
network-field-person = الاسم
network-field-organisation = المنظمة
network-minutes = المحضر
network-minutes-after = سيظهر المحضر هنا بعد الاجتماع.
network-minutes-not-yet = لم يُكتب المحضر بعد.
network-minutes-write = اكتب المحضر
network-field-minutes = المحضر
network-field-minutes-hint = المحضر متاح للجميع. لا تكتب أسماء مواطنين أو أي معلومات شخصية أخرى.
network-minutes-button = احفظ المحضر
network-decisions = القرارات
network-decision-add = أضف قرارًا
network-decision-button = أضف القرار
network-decision-everyone = الشبكة كلها
network-field-decision = القرار
network-field-who = من سيقوم به؟
network-field-by = بحلول متى؟
network-saved-meeting-created = تم التخطيط للاجتماع. يمكن للأعضاء الآن اقتراح بنود.
network-saved-meeting-proposed = شكرًا. البند الآن في جدول الأعمال.
network-saved-meeting-ordered = تم تغيير جدول الأعمال.
network-saved-meeting-signed-up = أنت مسجَّل في الاجتماع.
network-saved-meeting-withdrawn = تم إلغاء تسجيلك في الاجتماع.
network-saved-meeting-minutes = تم حفظ المحضر.
network-saved-meeting-decision = تمت إضافة القرار.
network-error-date = اكتب التاريخ بهذا الشكل: السنة-الشهر-اليوم، مثلًا 2027-05-04.
network-error-time = اكتب الوقت بالساعات والدقائق، مثلًا 09:00.
network-error-meeting-title = اكتب اسم الاجتماع.
network-error-host = اختر العضو المضيف.
network-error-place = اكتب أين سيُعقد الاجتماع.
network-error-meeting-past = هذا التاريخ قد مضى. اختر يومًا لم يأتِ بعد.
network-error-ends-before = يجب أن ينتهي الاجتماع بعد أن يبدأ.
network-error-deadline-after = يجب أن يكون آخر موعد لاقتراح البنود قبل يوم الاجتماع.
network-error-agenda-closed = انتهى آخر موعد لاقتراح بنود لجدول الأعمال. اكتب إلى المنسق إذا كان هناك شيء مهم.
network-error-item-title = اكتب عنوانًا للبند.
network-error-decision = اكتب القرار.
network-error-who = اختر عضوًا من القائمة، أو الشبكة كلها.
network-error-minutes = اكتب المحضر.
network-error-minutes-early = لم يُعقد الاجتماع بعد. اكتب المحضر بعد الاجتماع.
network-error-meeting-begun = بدأ الاجتماع. لم يعد بإمكانك التسجيل أو إلغاء التسجيل هنا.

## خطة العمل (/netvaerk/handlingsplan)

network-plan-title = خطة العمل لعام { $year }
network-plan-lead = هذا ما ستفعله الشبكة والبلدية هذا العام. يبيّن كل بند من المسؤول عنه، وإلى أين وصل العمل فيه، وما الذي أدى إليه.
network-plan-years = اختر السنة
network-plan-empty = لا توجد بنود في خطة هذا العام بعد.
network-plan-field-owner = المسؤول
network-plan-field-status = مدى التقدم
network-plan-field-input = ما الذي أدى إليه
network-plan-field-year = السنة
network-plan-field-title = ما الذي يجب فعله؟
network-plan-field-description = تفاصيل أكثر عن البند
network-plan-field-meeting = الاجتماع
network-plan-field-hearing = الاستشارة العامة
network-plan-field-input-text = ماذا قيل في الاجتماع، أو في الإجابات، أو ماذا قال المواطنون؟
network-plan-field-input-text-hint = باختصار، وبكلماتك الخاصة. لا تكتب أسماء مواطنين.
network-plan-owner-authority = البلدية
network-plan-none = لا يوجد
network-plan-change-status = حالة «{ $title }»
network-plan-status-button = احفظ الحالة
network-plan-add = أضف بندًا
network-plan-add-button = أضف البند
network-plan-status-planned = مخطَّط له
network-plan-status-in-progress = قيد التنفيذ
network-plan-status-done = تم
network-plan-status-dropped = أُلغي
network-plan-input-meeting = اجتماع للشبكة
network-plan-input-feedback = الإجابات على «Var det let?» (هل كان الأمر سهلًا؟)
network-plan-input-stuck = الأماكن التي توقف فيها المواطنون
network-plan-input-hearing = استشارة عامة
network-plan-input-other = أخرى
network-saved-plan = تم حفظ خطة العمل.
network-error-plan-year = اختر السنة الماضية، أو هذه السنة، أو إحدى السنتين القادمتين.
network-error-plan-title = اكتب ما الذي يجب فعله.
network-error-plan-owner = اختر المسؤول من القائمة.
network-error-plan-status = اختر مدى تقدم البند.
network-error-plan-input = اختر ما الذي أدى إلى البند.
network-error-plan-meeting = اختر الاجتماع الذي جاء منه البند.
network-error-plan-hearing = اختر الاستشارة العامة التي جاء منها البند.
network-error-plan-input-text = اكتب باختصار ما الذي أدى إلى البند.

## Min side

my-network-materials = موادكم
my-network-reviews = مواد يمكنكم مراجعتها
my-network-new-event = أنشئ دورة أو فعالية
network-api-bad-year = يجب أن تكون السنة رقمًا من 2000 إلى 2200، مثل 2027.

# Contact people and invitations
network-contacts-title = جهات الاتصال لدى { $name }
network-contacts-lead = يمكن لجهات الاتصال تعديل صفحتكم ومشاركة المواد وتنظيم الفعاليات وتسجيلكم في الاجتماعات. ادعُ زميلًا، واحذف من لم يعد يجب أن يشارك.
network-contacts-you = أنت
network-contacts-since = جهة اتصال منذ { $date }
network-contacts-remove = احذف { $name } من جهات الاتصال
network-contacts-remove-me = احذفني من جهات الاتصال
network-contacts-last = لديكم جهة اتصال واحدة فقط. ادعُ زميلًا قبل أن تحذف نفسك. إذا أردتم مغادرة الشبكة، فانتقل إلى صفحتكم واختر "غادر الشبكة".
network-contacts-link = أضف جهات اتصال أو احذفها
network-invitations = دعوات في الانتظار
network-invitations-none = لا توجد دعوات في الانتظار.
network-invitation-expires = يعمل الرابط حتى { $date }.
network-invitation-withdraw = اسحب الدعوة الموجهة إلى { $name }
network-invite-heading = ادعُ زميلًا
network-invite-text = اكتب اسم زميلك. ستحصل بعدها على رابط ترسله إلى زميلك. يعمل الرابط مرة واحدة ولمدة { $days } يومًا. يسجّل زميلك الدخول ويوافق.
network-field-invite-name = اسم زميلك
network-field-invite-name-hint = لتعرفوا لمن الدعوة.
network-invite-button = أنشئ رابطًا
network-invite-link-lead = أرسل هذا الرابط إلى زميلك. نعرضه الآن فقط. يعمل مرة واحدة ولمدة { $days } يومًا.
network-saved-contact-invited = تم إنشاء الدعوة.
network-saved-contact-withdrawn = تم سحب الدعوة. لم يعد الرابط يعمل.
network-saved-contact-removed = لم يعد هذا الشخص جهة اتصال.
network-saved-contact-welcome = مرحبًا. أنت الآن جهة اتصال.
network-saved-no-longer-contact = لم تعد جهة اتصال لمنظمتكم.
network-invitation-title = كن جهة اتصال لدى { $name }
network-invitation-lead = دعاك { $inviter } لتصبح جهة اتصال لدى { $name } في شبكة الإدماج الرقمي.
network-invitation-means = بصفتك جهة اتصال يمكنك تعديل صفحة المنظمة ومشاركة المواد ومراجعتها وتنظيم الفعاليات والتسجيل في الاجتماعات.
network-invitation-until = الدعوة صالحة حتى { $date }.
network-invitation-accept = نعم، اجعلني جهة اتصال لدى { $name }
network-invitation-not-now = ليس الآن
network-error-invite-name = اكتب اسم الزميل الذي تريد دعوته.
network-error-invite-name-long = اكتب اسمًا أقصر، 100 حرف على الأكثر.
network-error-invitations-many = لديكم 10 دعوات في الانتظار. اسحب واحدة، أو انتظر حتى تُستخدم إحداها، قبل أن تنشئ دعوة جديدة.
network-error-invitation-closed = لم يعد الرابط يعمل. لقد استُخدم أو سُحب أو انتهت مدته. اطلب رابطًا جديدًا من جهة اتصال المنظمة.
network-error-invitation-not-open = لم تعد الدعوة في الانتظار. لقد استُخدمت أو سُحبت أو انتهت مدتها.
network-error-already-contact = أنت بالفعل جهة اتصال لمنظمة في الشبكة، ولا يمكن أن تكون جهة اتصال إلا لمنظمة واحدة. اطلب من تلك المنظمة أن تحذفك أولًا.
network-error-last-contact = لديكم جهة اتصال واحدة فقط. ادعُ زميلًا أولًا. إذا أردتم مغادرة الشبكة، فاختر "غادر الشبكة" في صفحتكم.
