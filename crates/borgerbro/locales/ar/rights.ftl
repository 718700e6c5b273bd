# Reviewed by a native speaker: no. Machine translation from the Danish source, 2026-12-06.

## بياناتي: ملاحظات عن الأخطاء («هذا غير صحيح»)، والطلبات حسب قواعد حماية البيانات.

apiscope-mydata-rights = كتابة وقراءة ملاحظات المواطنين عن الأخطاء، وتسجيل ومعالجة طلباتهم بخصوص بياناتهم
apiscope-mydata-read = قراءة ما لدى الجهة الحكومية عن مواطن: النظرة العامة لبياناته، وسجل من اطّلع عليها، واستخراج كل البيانات
apiscope-access-log-write = الإبلاغ عن اطلاع أنظمة أخرى على بيانات المواطنين، لكي يراها المواطن في قائمة واحدة
apiscope-assessments-write = استيراد تقييمات الأثر كمسودات

rights-record-person = معلوماتك (الاسم والعنوان والهاتف والاختيارات)
rights-record-letter = رسالة
rights-record-booking = موعد
rights-record-letter-named = الرسالة «{ $subject }»
rights-record-booking-named = الموعد { $when }
rights-outcome-corrected = تم التصحيح
rights-outcome-not-corrected = لم يتم التصحيح

rights-kind-access = الاطلاع على ما لدينا عنك
rights-kind-access-hint = تحصل على نسخة من المعلومات التي لدينا عنك، وعلى ما نستخدمها من أجله.
rights-kind-rectification = تصحيح معلومات خاطئة
rights-kind-rectification-hint = اكتب ما هو الخطأ، وما هو الصحيح.
rights-kind-erasure = حذف معلومات
rights-kind-erasure-hint = نحذف ما لا يجب علينا الاحتفاظ به. ونكتب لك ما يجب علينا الاحتفاظ به، ولماذا.
rights-kind-restriction = تقليل استخدامنا لمعلوماتك
rights-kind-restriction-hint = نحتفظ بالمعلومات، ولكن لا نستخدمها بينما ندرس الموضوع.
rights-kind-objection = رفض استخدامنا لمعلوماتك
rights-kind-objection-hint = اكتب لأي غرض لا تريدنا أن نستخدم معلوماتك.
rights-kind-portability = نقل معلوماتك إلى جهة أخرى
rights-kind-portability-hint = تحصل على معلوماتك في ملف يمكن لنظام آخر أن يقرأه.

rights-channel-online = بنفسه عبر الإنترنت
rights-channel-helper = عن طريق مساعد
rights-channel-front-desk = عند مكتب الاستقبال في Borgerservice (خدمة المواطنين)
rights-channel-phone = بالهاتف
rights-channel-letter = برسالة
rights-channel-system = من نظام آخر

rights-status-open = لم تتم الإجابة بعد
rights-status-overdue = انتهت المهلة
rights-status-answered = تمت الإجابة

rights-error-text-missing = اكتب موضوع الطلب. يجب ألا يكون الحقل فارغًا.
rights-error-text-long = النص طويل جدًا. اكتب 4,000 حرف على الأكثر.
rights-error-reason-missing = اكتبوا لماذا تحتاجون إلى وقت إضافي. سيعرف المواطن السبب في رسالة.
rights-error-extend-too-far = يمكن أن تكون المهلة ثلاثة أشهر على الأكثر بعد وصول الطلب إلينا. اختر تاريخًا أبكر.
rights-error-extend-not-later = يجب أن تكون المهلة الجديدة بعد المهلة الحالية.
rights-error-day = اكتب التاريخ هكذا: سنة-شهر-يوم، مثال: 2027-03-15.
rights-error-record-unknown = اختر موضوع الملاحظة: معلوماتك، أو إحدى رسائلك، أو أحد مواعيدك.
rights-error-received-future = لا يمكن أن يكون تاريخ وصول الطلب إلينا في المستقبل.
rights-error-received-unreadable = اكتب متى وصلنا الطلب بصيغة سنة-شهر-يوم (مثال: 2027-03-15) أو كوقت بصيغة RFC 3339.
rights-error-answered = تمت الإجابة على الطلب من قبل. اقرأ الجواب في الصفحة.
rights-error-kind = اختر ما تطلبه: الاطلاع، أو التصحيح، أو الحذف، أو التقييد، أو الرفض، أو نقل معلوماتك.
rights-error-channel = اختر كيف وصل الطلب: online أو helper أو front_desk أو phone أو letter أو system.
rights-error-status = اختر الحالة: open أو overdue أو answered.
rights-error-change = أرسل إما مهلة جديدة مع سبب (extend_to وreason) أو جوابًا (answer).
rights-error-outcome = اختر هل تم تصحيح المعلومات أم لا.

rights-kept-letters = الرسائل منا وإلينا. القانون يقول إنه يجب علينا الاحتفاظ بها (قانون الأرشيف، والقواعد التي تُلزمنا بتوثيق الحالات كتابيًا).
rights-kept-log = قائمة من اطّلع على معلوماتك. تبيّن لك من رأى بياناتك، ولا يمكن تغييرها.
rights-kept-permissions = من أعطيته الإذن لمساعدتك. تبيّن من كان مسموحًا له أن يتصرف نيابة عنك.
rights-kept-person = اسمك وكيف نصل إليك. يجب أن نتمكن من الكتابة إليك ما دمت تسكن في البلدية.

rights-letter-note-subject = الرد على ملاحظتك عن خطأ
rights-letter-note-body = كتبت إلينا في { $written } أن شيئًا ما لم يكن صحيحًا في: { $record }.

    { $note }

    جوابنا: { $outcome }.

    { $answer }

    يمكنك أن ترى ملاحظاتك في «بياناتي».
rights-letter-received-subject = وصلنا طلبك
rights-letter-received-body = وصلنا طلبك في { $received }: **{ $kind }**.

    { $text }

    ستحصل على الجواب بحلول **{ $due }**. إذا احتجنا إلى وقت إضافي، سنكتب إليك ونقول لماذا.
rights-letter-extended-subject = نحتاج إلى وقت إضافي لطلبك
rights-letter-extended-body = طلبت منا في { $received }: **{ $kind }**.

    نحتاج إلى وقت إضافي. ستحصل على الجواب بحلول **{ $due }**.

    السبب: { $reason }
rights-letter-answer-subject = الرد على طلبك: { $kind }
rights-letter-answer-body = طلبت منا في { $received }: **{ $kind }**.

    { $answer }
rights-erased = هذا ما حذفناه: ما كتبته عن الموضوع، وتعليقاتك، ورقم هاتفك في { $bookings } من المواعيد التي انتهت.

    هذا ما نحتفظ به، ولماذا:

    { $kept }

rights-nav = بياناتي
rights-notes-link = هذا غير صحيح
rights-requests-link = حقوقك
rights-notes-title = هذا غير صحيح
rights-notes-title-for = هذا غير صحيح: { $name }
rights-notes-lead = هل يوجد شيء خاطئ أو مضلل فيما لدينا عنك؟ اكتبه هنا. كل موظف يفتح المعلومات سيرى ملاحظتك، وستحصل على الجواب في رسالة.
rights-note-written-notice = شكرًا. وصلتنا ملاحظتك. ستحصل على الجواب في رسالة.
rights-field-record = ما الخطأ؟
rights-field-note = ما الذي ليس صحيحًا؟
rights-field-note-hint = اكتب بكلماتك ما هو الخطأ، وما هو الصحيح.
rights-note-button = أرسل الملاحظة
rights-notes-list-title = ملاحظاتك
rights-notes-none = لم تكتب أي ملاحظات.
rights-note-written = كُتبت في { $date }
rights-note-waiting = في انتظار الجواب.
rights-record-notes-title = يقول المواطن إن شيئًا هنا غير صحيح
rights-note-answer-link = أجب على الملاحظة

rights-requests-title = حقوقك
rights-requests-title-for = الحقوق: { $name }
rights-requests-lead = لك الحق في الاطلاع على معلوماتك وتصحيحها وحذفها، ولك الحق في رفض استخدامنا لها. نجيب خلال شهر واحد.
rights-requests-list-title = طلباتك
rights-received = وصل في { $date }
rights-due = الجواب بحلول { $date }.
rights-answered-on = تمت الإجابة في { $date }.
rights-request-new-title = اطلب شيئًا
rights-field-kind = ماذا تطلب؟
rights-field-request = اكتب موضوع الطلب
rights-field-request-hint = اكتب مثلًا أي معلومات، وماذا يجب أن يحدث لها.
rights-field-channel = كيف وصل الطلب؟
rights-request-button = أرسل الطلب
rights-facts-received = تاريخ الوصول
rights-facts-status = الحالة
rights-facts-due = الجواب بحلول
rights-facts-extended = لماذا تم تمديد المهلة
rights-facts-text = الطلب
rights-facts-answer = الجواب
rights-facts-carried-out = ما قام به النظام
rights-request-letter-will-come = ستحصل على الجواب في رسالة.
rights-back-to-requests = العودة إلى حقوقك

rights-queue-title = طلبات بخصوص البيانات
rights-queue-lead = طلبات المواطنين حسب قواعد حماية البيانات، وملاحظاتهم عن الأخطاء. أجيبوا قبل انتهاء المهلة.
rights-queue-overdue = انتهت المهلة
rights-queue-due-soon = المهلة تنتهي قريبًا
rights-queue-open = لم تتم الإجابة
rights-queue-none = لا توجد طلبات في الانتظار.
rights-queue-notes = ملاحظات عن الأخطاء تنتظر الجواب
rights-queue-notes-none = لا توجد ملاحظات تنتظر الجواب.
rights-queue-answered = آخر ما تمت الإجابة عليه
rights-overdue-found = انتهت المهلة، ولوحظ ذلك في { $date }.
rights-warned-on = أُرسل تنبيه في { $date }.
rights-back-to-queue = العودة إلى الطلبات
rights-answer-title = أجب المواطن
rights-field-answer = الجواب
rights-field-answer-hint = يحصل المواطن على الجواب في رسالة، وعلى الورق إذا كان معفى من البريد الرقمي (Digital Post).
rights-field-carry-out = احذف ما يمكن حذفه
rights-field-carry-out-hint = يحذف النظام ما كتبه المواطن عن الموضوع، وتعليقاته، ورقم هاتفه في المواعيد التي انتهت.
rights-kept-title = ما لا يمكن حذفه:
rights-answer-button = أرسل الجواب
rights-extend-title = احصل على وقت إضافي
rights-extend-lead = يمكنكم أن تأخذوا وقتًا إضافيًا إذا كانت الحالة صعبة، أو إذا كانت الطلبات كثيرة. يمكن أن تكون المهلة حتى { $date } على الأكثر. سيعرف المواطن السبب في رسالة.
rights-field-extend-to = المهلة الجديدة
rights-field-extend-to-hint = اكتب التاريخ هكذا: سنة-شهر-يوم، مثال: 2027-03-15.
rights-field-reason = لماذا تحتاجون إلى وقت إضافي؟
rights-field-reason-hint = اكتبوه بطريقة يفهمها المواطن.
rights-extend-button = أعطِ وقتًا إضافيًا
rights-note-title = ملاحظة عن خطأ
rights-note-open-record = افتح ما تتعلق به الملاحظة
rights-field-outcome = هل تم التصحيح؟
rights-field-note-answer = الجواب
rights-field-note-answer-hint = اكتبوا ما الذي صحّحتموه، أو لماذا لم تصحّحوه. يحصل المواطن على الجواب في رسالة.
rights-note-answer-button = أرسل الجواب
rights-desk-link = الطلبات والملاحظات عن الأخطاء الخاصة بـ { $name }
rights-letter-wrong-link = هل يوجد شيء غير صحيح في الرسالة؟ اكتب ملاحظة عن ذلك
rights-booking-wrong-link = هل يوجد شيء غير صحيح في الموعد؟ اكتب ملاحظة عن ذلك
