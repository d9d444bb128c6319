# Neste steg — Arabic. Translated by the team; not yet reviewed by a qualified translator.
service-name = Neste steg
skip-to-content = انتقل إلى المحتوى
menu = القائمة
nav-label = القائمة الرئيسية
language-picker = اللغة – Language
home-title = الصفحة الرئيسية
home-heading = ماذا تريد أن تفعل؟
home-lead = خدمة المتابعة (OT) تساعدك إذا كان عمرك بين 15 و24 سنة ولا تدرس ولا تعمل. هنا يمكنك أن ترد على OT، وأن تقرأ عن حقوقك، وأن تحجز موعدًا لمحادثة.
home-no-thanks = أنت من يقرر. لا بأس أبدًا أن تقول «لا، شكرًا».
task-answer = رُدّ على OT
task-answer-text = هل وصلتك رسالة على هاتفك أو رسالة ورقية من OT؟ رُدّ هنا. الأمر يأخذ دقيقة واحدة.
task-rights = حقوقك
task-rights-text = ما هي حقوقك، وما الذي يجب أن تفعله OT من أجلك.
task-guardians = لأولياء الأمور
task-guardians-text = لك إذا كنت أحد الوالدين أو وليّ أمر شاب أو شابة تحت 18 سنة.
task-booking = احجز موعدًا لمحادثة
task-booking-text = اختر وقتًا يناسبك: في المكتب، أو بالهاتف، أو بالفيديو، أو أثناء المشي في الخارج.
task-council = مجلس OT
task-council-text = شباب يقدّمون النصائح لـ OT. اقرأ آراءهم، أو قل رأيك.
task-staff = تسجيل دخول الموظفين
contact-heading = التواصل والمكاتب
contact-lead = يمكنك أن تتواصل مع OT مباشرة. لا تحتاج إلى إحالة.
contact-phone = الهاتف:
contact-email = البريد الإلكتروني:
contact-opening-hours = ساعات العمل
weekday = { $day ->
    [1] الاثنين
    [2] الثلاثاء
    [3] الأربعاء
    [4] الخميس
    [5] الجمعة
    [6] السبت
   *[7] الأحد
}
privacy-heading = الخصوصية
accessibility-heading = بيان إمكانية الوصول
not-found-title = لم نجد الصفحة
not-found-heading = لم نجد الصفحة
not-found-text = ربما يكون الرابط خطأ، أو ربما نُقلت الصفحة إلى مكان آخر.
not-found-home = اذهب إلى الصفحة الرئيسية
error-not-found = لم نجد ما تبحث عنه.
error-invalid-input = هناك شيء في الاستمارة يجب تصحيحه.
error-conflict = شخص آخر غيّر هذا في الوقت نفسه. حاول مرة أخرى.
error-bad-request = لم نتمكن من قراءة ما أُرسل. أعد تحميل الصفحة وحاول مرة أخرى.
error-internal = حدث خطأ عندنا. حاول مرة أخرى بعد قليل. الإجابات التي أرسلتها من قبل محفوظة.
error-network = لم نستطع الاتصال بالخادم. تأكد من اتصالك بالإنترنت وحاول مرة أخرى.
error-forbidden-origin = الاستمارة لم تأتِ من Neste steg، لذلك لم نفعل أي شيء. ارجع إلى الصفحة وحاول مرة أخرى.
error-summary-title = هناك شيء يجب تصحيحه
error-sign-in = يجب أن تسجّل الدخول لترى هذه الصفحة.
error-wrong-credentials = البريد الإلكتروني أو كلمة المرور خطأ.
error-account-disabled = حسابك مُغلق. تواصل مع أحد المسؤولين في OT.
error-throttled = محاولات كثيرة جدًا في وقت قصير. انتظر ربع ساعة وحاول مرة أخرى.

## Answer from a link or a code (youth)
answer-title = الرد على OT
answer-greeting = مرحبًا، { $name }!
answer-intro = تودّ { $service } أن تعرف ماذا تفعل الآن. هكذا نستطيع أن نساعدك إذا احتجت إلى ذلك. الأمر يأخذ دقيقة واحدة.
answer-continue = متابعة
answer-your-answer = إجابتك: { $activity }
answer-change = غيّر إجابتك
answer-activity-question = ماذا تفعل الآن؟
answer-activity-hint = اختر الأنسب.
answer-activity-missing = اختر ما يناسبك أكثر.
activity-school = أدرس في المدرسة الثانوية (videregående skole)
activity-private_school = أدرس في مدرسة خاصة
activity-apprenticeship = أنا متدرّب مهني (lærling) أو مرشّح للتدريب المهني (lærekandidat)
activity-work = أعمل
activity-military_service = أؤدي الخدمة العسكرية (førstegangstjeneste)
activity-home_with_child = أبقى في البيت لأعتني بطفلي
activity-ill_or_institution = أنا مريض أو أعيش في مؤسسة رعاية
activity-course = أدرس في مدرسة شعبية عليا (folkehøgskole) أو في دورة أخرى
activity-moved_county = انتقلت إلى محافظة أخرى (fylke)
activity-moved_abroad = انتقلت إلى بلد آخر
activity-wants_help = أريد مساعدة أو محادثة
activity-no_thanks = لا، شكرًا، لا أحتاج إلى مساعدة
answer-next = التالي
answer-details-question = هل تريد أن تخبرنا بالمزيد؟
answer-details-hint = يمكنك أن تتخطى هذا. اكتب مثلًا اسم المدرسة أو مكان العمل.
answer-details-hint-help = يمكنك أن تتخطى هذا. يمكنك أن تكتب بماذا تريد المساعدة.
answer-details-too-long = يمكن أن يحتوي النص على 1000 حرف كحد أقصى.
answer-contact-question = كيف تريد أن تتواصل OT معك؟
answer-channels-legend = اختر طريقة واحدة أو أكثر
answer-channels-missing = اختر طريقة واحدة على الأقل نتواصل بها معك.
answer-contact-mobile-hint = ليس لدينا رقم هاتفك المحمول. إذا أردت رسالة نصية أو مكالمة، فاكتبه هنا.
answer-contact-email-hint = ليس لدينا عنوان بريدك الإلكتروني. إذا أردت بريدًا إلكترونيًا، فاكتبه هنا.
answer-contact-letter-hint = ليس لدينا رقم هاتف محمول أو بريد إلكتروني لك. اكتب ما يمكننا استخدامه للتواصل معك.
answer-mobile-needed = اكتب رقم هاتفك المحمول حتى نتمكن من إرسال رسالة نصية إليك أو الاتصال بك.
answer-email-needed = اكتب عنوان بريدك الإلكتروني حتى نتمكن من مراسلتك.
channel-sms = رسالة نصية (SMS)
channel-call = مكالمة هاتفية
channel-email = البريد الإلكتروني
answer-time-legend = متى يناسبك أكثر؟
answer-time-missing = اختر الوقت الذي يناسبك أكثر.
contact-time-any = في أي وقت خلال النهار
contact-time-morning = قبل الساعة 12 ظهرًا
contact-time-afternoon = بين الساعة 12 والساعة 16 (4 عصرًا)
contact-time-evening = بعد الساعة 16 (4 عصرًا)
answer-send = أرسل إجابتك
answer-receipt-title = شكرًا! وصلتنا إجابتك
answer-receipt-reference = رقمك المرجعي:
answer-receipt-next-heading = ماذا يحدث الآن
answer-receipt-next = سيقرأ مرشد من OT إجابتك. إذا كنت تريد مساعدة، سنتواصل معك بالطريقة التي اخترتها. يمكنك أيضًا أن تتصل بنا على الرقم { $phone }.
answer-book = احجز موعدًا لمحادثة مع مرشد
answer-handled-title = وصلتنا إجابتك
answer-handled-text = قرأ أحد المرشدين إجابتك. إذا أردت أن تغيّر شيئًا، اتصل بـ OT على الرقم { $phone }.
answer-unusable-title = الرابط لا يعمل
answer-unusable-text = ربما يكون الرابط قديمًا جدًا، أو فيه خطأ في الكتابة. اتصل بـ OT على الرقم { $phone }، أو استخدم الرمز الموجود في رسالتك الورقية.
answer-throttled-text = حدثت محاولات كثيرة جدًا من هذا الجهاز. انتظر ربع ساعة وحاول مرة أخرى، أو اتصل بـ OT على الرقم { $phone }.
answer-code-link = عندي رمز من رسالة ورقية
answer-code-title = رُدّ بالرمز الموجود في الرسالة الورقية
answer-code-intro = الرمز مكتوب في الرسالة الورقية من OT. يتكوّن من ثمانية أحرف.
answer-code-label = الرمز من الرسالة الورقية
answer-code-wrong = لا نجد هذا الرمز. تأكد من أنك كتبته بشكل صحيح، أو اتصل بـ OT.
answer-code-ended = الرمز صحيح، لكنه لم يعد يعمل: انتهت صلاحية الطلب أو تم سحبه. اتصل بـ OT على الرقم { $phone } وسنساعدك.
answer-code-missing = اكتب الرمز الموجود في الرسالة الورقية.

## SMS and e-mail messages
message-contact-subject = رسالة من { $service }
message-contact-body = مرحبًا { $name }! تودّ { $service } أن تعرف ماذا تفعل الآن. رُدّ هنا، الأمر يأخذ دقيقة واحدة: { $link } رمزك هو { $code }. مع التحية، OT
message-reminder-body = مرحبًا مرة أخرى { $name }! لم يصلنا ردك بعد. رُدّ هنا: { $link } مع التحية، { $service }
message-guardian-subject = معلومات من { $service }
message-guardian-body = مرحبًا! كتبت { $service } إلى ابنك أو ابنتك. هنا يمكنك أن تقرأ عن حقوق الشباب وعمّا يمكن أن تساعد فيه OT: { $link } مع التحية، OT

## Information pages: rights, parents and guardians, offers, follow-up, privacy
info-law = الأساس القانوني
info-related = اقرأ أيضًا
info-printed = طُبعت في { $date } من { $url }
rights-title = حقوقك
rights-lead = هل عمرك بين 15 و24 سنة؟ هل أنت لا تدرس وليس عندك عمل؟ إذن يجب على OT أن تساعدك.
rights-who-heading = لمن خدمة OT؟
rights-who-1 = OT تعني Oppfølgingstjenesten، أي «خدمة المتابعة». في كل محافظة (fylke) توجد خدمة مثلها.
rights-who-2 = خدمة OT لك إذا كان لك حق في التعليم الثانوي (videregående opplæring). أنت لا تدرس، وليس عندك عمل.
rights-who-3 = خدمة OT لك حتى نهاية السنة التي تبلغ فيها 24 سنة.
rights-who-4 = يمكنك أن تتواصل مع OT بنفسك. لا تحتاج إلى أي استمارة أو إحالة.
rights-school-heading = لك حق في التعليم الثانوي
rights-school-1 = لك الحق في أن تدرس المرحلة الثانوية. يمكنك أن تدرس المواد في المدرسة، أو كمتدرّب مهني (lærling)، أو بطرق أخرى.
rights-school-2 = تساعدك OT على أن تعرف ما يناسبك.
rights-duty-heading = هذا ما يجب أن تفعله OT من أجلك
rights-duty-1 = يجب أن تعرف OT مَن لا يدرس وليس عنده عمل.
rights-duty-2 = يجب أن تعطيك OT معلومات مكتوبة عن حقوقك. هذه الصفحة جزء من ذلك.
rights-duty-3 = يجب أن تتواصل OT معك وأن تعرض عليك الإرشاد.
rights-duty-4 = يجب أن تقدّم لك OT عرضًا. قد يكون مدرسة، أو عملًا، أو دورة، أو شيئًا آخر.
rights-duty-5 = يجب أن تتابعك OT بمحادثات طوال الوقت الذي تحتاج فيه إلى ذلك.
rights-no-heading = أنت من يقرر
rights-no-1 = يمكنك أن تقول «لا، شكرًا». لا بأس بذلك أبدًا.
rights-no-2 = يمكنك أن تغيّر رأيك لاحقًا. عندها يكفي أن تتواصل مع OT من جديد.
rights-law = Forskrift til opplæringslova §§ 13-1 til 13-4 (اللائحة التنفيذية لقانون التعليم، المواد من 13-1 إلى 13-4). Opplæringslova (2023) § 9-4 (قانون التعليم لعام 2023، المادة 9-4).
guardians-title = لأولياء الأمور
guardians-lead = هل أنت أحد الوالدين أو وليّ أمر شاب أو شابة تحت 18 سنة؟ هنا يمكنك أن تقرأ ما هي حقوق الشاب، وما الذي تفعله OT.
guardians-why-heading = لماذا تصلك هذه المعلومات؟
guardians-why-1 = يجب أن تعطي OT معلومات مكتوبة لكل الشباب في الفئة المستهدفة. ويجب أن يحصل أولياء أمور الشباب تحت 18 سنة على المعلومات نفسها.
guardians-why-2 = وصلت الشابَّ رسالة خاصة به من OT. نحن لا نرسل إليك إجابات الشاب.
guardians-rights-heading = ما هي حقوق الشاب؟
guardians-rights-1 = للشاب حق في التعليم الثانوي. خدمة OT للشباب الذين لا يدرسون وليس عندهم عمل، حتى نهاية السنة التي يبلغون فيها 24 سنة.
guardians-rights-2 = يجب أن تتواصل OT مع الشاب، وأن ترشده، وأن تقدّم له عرضًا للدراسة أو العمل أو لتعليم آخر. تتابعه OT طوال الوقت الذي يحتاج فيه إلى ذلك.
guardians-help-heading = كيف يمكنك أن تساعد؟
guardians-help-1 = تحدّث مع الشاب عمّا يريده. يحق له أن يقول «لا، شكرًا» لـ OT.
guardians-help-2 = يمكنك أن تتصل بـ OT بنفسك على الرقم { $phone } إذا كنت قلقًا. لا تحتاج إلى إحالة.
guardians-18-heading = عندما يبلغ الشاب 18 سنة
guardians-18-1 = عندها يصبح الشاب راشدًا أمام القانون. OT ملزمة بالسرية، ولا تستطيع أن تخبرك بأي شيء دون موافقة الشاب.
guardians-18-2 = يمكن للشاب أن يسمح لـ OT بأن تتحدث معك. اسأله.
guardians-law = Forskrift til opplæringslova § 13-3 bokstav b (اللائحة التنفيذية لقانون التعليم، المادة 13-3، الحرف b). Forvaltningsloven § 13 (قانون الإدارة العامة، المادة 13) عن واجب السرية.
offers-title = ما الذي يمكن أن تقدّمه OT
offers-lead = تبحث OT معك عن عرض يناسبك. هذه بعض الأمثلة.
offers-1 = محادثات ومساعدة في اختيار مدرسة أو مواد دراسية أو عمل.
offers-2 = تدريب عملي في مكان عمل عادي، مع متابعة قريبة. قد يقودك هذا إلى مكان تدريب مهني (læreplass).
offers-3 = دورات وأنشطة، مثل الأنشطة في الطبيعة، والفن، والرياضة.
offers-4 = دروس في المواد الدراسية، حتى تستطيع أن تتقدّم للامتحان كطالب حرّ (privatist).
offers-5 = مساعدة في التعاون مع NAV وجهات أخرى، حتى لا تضطر إلى الذهاب وحدك إلى أماكن كثيرة.
offers-law = Forskrift til opplæringslova §§ 13-1 og 13-4 (اللائحة التنفيذية لقانون التعليم، المادتان 13-1 و13-4).
followup-title = كيف تجري المتابعة
followup-lead = هنا يمكنك أن تقرأ ماذا يحدث عندما تكون على تواصل مع OT.
followup-talk-heading = المحادثة الأولى
followup-talk-1 = تلتقي بمرشد. تتحدثان عن حالك وعمّا تريده.
followup-talk-2 = يمكنك أن تُحضر معك شخصًا تثق به.
followup-plan-heading = خطتك
followup-plan-1 = تضعان خطة معًا. تقول الخطة ما الذي ستفعله أنت، وما الذي ستفعله OT.
followup-plan-2 = يمكن تغيير الخطة متى أردت.
followup-no-heading = يمكنك أن تقول لا
followup-no-1 = الحصول على مساعدة من OT أمر اختياري. يمكنك أن تقول لا، ويمكنك أن تعود لاحقًا.
followup-law = Forskrift til opplæringslova § 13-3 bokstav c til e (اللائحة التنفيذية لقانون التعليم، المادة 13-3، الحروف من c إلى e).
privacy-lead = هنا تجد ما تعرفه OT عنك، ولماذا، وكيف يمكنك أن تطّلع عليه.
privacy-knows-heading = ما تعرفه OT عنك
privacy-knows-1 = اسمك، وعنوانك، ورقم هاتفك أو بريدك الإلكتروني إذا كنت قد أعطيتنا إياه.
privacy-knows-2 = المدرسة التي درست فيها، وما قدّمت عليه، وما بدأته، وما تركته.
privacy-knows-3 = علاماتك، والحقوق التي بقيت لك.
privacy-knows-4 = ما تجيبنا به أنت هنا، وملاحظات من المحادثات معك.
privacy-why-heading = لماذا، وعلى أي أساس قانوني
privacy-why-1 = يجب أن تعرف المحافظة (fylke) مَن هم الشباب في الفئة المستهدفة، وأن تقدّم لهم عرضًا. هذا مكتوب في forskrift til opplæringslova § 13-3 (اللائحة التنفيذية لقانون التعليم).
privacy-why-2 = نستخدم المعلومات فقط لنساعدك. لا نشاركها مع غيرنا إلا إذا سمح القانون بذلك أو وافقت أنت.
privacy-keep-heading = كم من الوقت نحتفظ بالمعلومات
privacy-keep-1 = نحتفظ بمعلوماتك وإجاباتك طوال الوقت الذي تكون فيه ضمن الفئة المستهدفة: حتى نهاية السنة التي تبلغ فيها { $age } سنة. الروابط في الرسائل تعمل لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
privacy-keep-2 = نحذف طلبات المحادثة والمحادثات المحجوزة بعد { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من المحادثة. رابط المحادثة يعمل لمدة { $link_days ->
        [zero] { $link_days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $link_days } أيام
        [many] { $link_days } يومًا
       *[other] { $link_days } يوم
    } بعد انتهائها.
privacy-keep-3 = نحذف الرسائل التي أرسلناها إليك، مع الرقم أو البريد الإلكتروني الذي أُرسلت إليه، بعد { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من إنشائها.
privacy-keep-4 = نحذف الرموز ومحاولات تسجيل الدخول وغيرها من آثار استخدام الاستمارات بعد 24 ساعة.
privacy-council-heading = مجلس OT
privacy-council-1 = إذا تقدّمت للانضمام إلى مجلس OT، نحفظ اسمك الأول وسنة ميلادك ورقم هاتفك المحمول أو بريدك الإلكتروني وما تكتبه. تعرض صفحة المجلس الأعضاء بالاسم الأول والدور فقط. لا تُنشر الاقتراحات إلا بدون اسم، وفقط عندما يقرّر OT ذلك.
privacy-council-2 = يرى منسّق المجلس في OT دائمًا من كتب ماذا. لا يرى الأعضاء الآخرون ذلك إذا أخفيت اسمك. نحذف الطلبات التي تمّت معالجتها بعد المدة نفسها المعتمدة لطلبات المحادثة.
privacy-see-heading = الاطلاع على المعلومات أو تصحيحها
privacy-see-1 = لك الحق في أن ترى ما حفظناه عنك، وفي أن نصحّح الأخطاء. تواصل مع OT.
privacy-see-2 = عندما يطّلع أي موظف على معلوماتك، يُسجَّل ذلك.
privacy-law = Personvernforordningen artikkel 6 nr. 1 bokstav e og artikkel 15 og 16 (اللائحة العامة لحماية البيانات GDPR، المادة 6 الفقرة 1 الحرف e، والمادتان 15 و16). Forskrift til opplæringslova § 13-3 (اللائحة التنفيذية لقانون التعليم).


## Accessibility statement and translations
accessibility-lead = يجب أن يستطيع الجميع استخدام Neste steg. وهذا يشملك أيضًا إذا كنت تستخدم قارئ الشاشة، أو لوحة المفاتيح فقط، أو تكبّر الشاشة.
accessibility-standard-heading = القواعد التي نلتزم بها
accessibility-standard-1 = يجب أن تلتزم المواقع الحكومية في النرويج بمعيار WCAG 2.1 على المستوى AA. هذا معيار لمواقع يستطيع الجميع استخدامها.
accessibility-test-heading = كيف نتحقق من ذلك
accessibility-test-1 = في كل مرة نغيّر فيها Neste steg، نختبر الصفحات في متصفح على هاتف صغير. نختبر مع JavaScript وبدونه، ونستخدم أداة axe.
accessibility-test-2 = يمكن استخدام كل شيء بلوحة المفاتيح. الأخطاء في الاستمارة تظهر بجانب الحقل وفي قائمة أعلى الصفحة.
accessibility-known-heading = ما لم ننتهِ منه بعد
accessibility-known-1 = بعض اللغات لم يراجعها مترجم مؤهَّل بعد. في هذه الحالة نكتب ذلك أعلى الصفحة، مع رابط إلى النص باللغة النرويجية (bokmål).
accessibility-known-2 = لم نختبر الصفحات بعد مع مستخدمين يستعملون قارئ الشاشة.
accessibility-feedback-heading = أخبرنا إذا كان شيء لا يعمل
accessibility-feedback-1 = اتصل بـ OT أو اكتب إليها. رقم الهاتف والبريد الإلكتروني موجودان أسفل الصفحة.
accessibility-feedback-2 = إذا لم تكن راضيًا عن الرد، يمكنك أن تقدّم شكوى إلى Tilsynet for universell utforming av ikt (هيئة الرقابة على التصميم الشامل لتقنية المعلومات والاتصالات). موقعها على الإنترنت هو uutilsynet.no.
accessibility-law = Likestillings- og diskrimineringsloven § 18 (قانون المساواة ومكافحة التمييز). Forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT)-løsninger § 4 (لائحة التصميم الشامل لحلول تقنية المعلومات والاتصالات).
translation-notice = هذه الصفحة مترجمة. لم تتم مراجعة الترجمة بعد.
translation-original = اقرأ النص باللغة النرويجية (bokmål)

## Booking a conversation (youth)
booking-lead = اختر المكتب، واختر كيف تريد أن تلتقي بنا. بعدها سترى المواعيد المتاحة.
booking-office-legend = إلى أي مكتب تريد أن تذهب؟
booking-form-legend = كيف تريد أن تلتقي بنا؟
form-office = في المكتب
form-phone = بالهاتف
form-video = بالفيديو
form-walk = أثناء المشي – نمشي ونتحدث
booking-show-times = اعرض المواعيد المتاحة
booking-change-office = اختر مكتبًا آخر
booking-times-legend = اختر موعدًا
booking-times-hint = المواعيد حسب توقيت النرويج. مدة المحادثة { $minutes } دقيقة.
booking-more-days = اعرض المزيد من الأيام
booking-closed-days = لا نقدّم مواعيد في أيام العطل الرسمية، ولا في الأيام التي يكون فيها المكتب مغلقًا.
booking-no-times = لا توجد مواعيد متاحة في الأسابيع القادمة. اطلب منا أن نتصل بك بدلًا من ذلك.
booking-slot-missing = اختر موعدًا.
booking-date = { $weekday }، { $day } { $month }
date-with-year = { $date } { $year }
booking-time = الساعة { $time }
month = { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
}
booking-about-you = معلومات عنك
booking-first-name = الاسم الأول
booking-first-name-missing = اكتب اسمك الأول بالحروف فقط.
booking-contact-hint = اكتب رقم هاتفك المحمول أو بريدك الإلكتروني، حتى نستطيع أن نرد عليك.
booking-mobile = رقم الهاتف المحمول
booking-email = البريد الإلكتروني
booking-mobile-invalid = اكتب رقم هاتف محمول نرويجيًا من 8 أرقام، أو رقمًا يبدأ بعلامة +.
booking-mobile-country = لا يمكننا إرسال الرمز برسالة نصية إلا إلى أرقام هواتف محمولة نرويجية. اكتب رقمًا نرويجيًا، أو اترك هذا الحقل فارغًا واكتب بريدك الإلكتروني.
booking-email-invalid = اكتب عنوان بريد إلكتروني مثل navn@eksempel.no.
booking-contact-missing = اكتب رقم هاتفك المحمول أو بريدك الإلكتروني.
booking-send = أرسل الطلب
sending = جارٍ الإرسال …
characters-count = { $count } من { $max } حرف
booking-taken = شخص آخر أخذ هذا الموعد قبل قليل. اختر موعدًا آخر.
booking-none-fit-heading = ألا يناسبك أي موعد من هذه المواعيد؟
booking-none-fit-text = إذن سنتصل بك، ونختار موعدًا معًا.
booking-call-me = اتصلوا بي
booking-call-me-sent = شكرًا! سنتصل بك بأسرع ما نستطيع، عادةً خلال يومَي عمل.
booking-state-requested = ننتظر ردّ المرشد
booking-state-requested-text = سيرد عليك المرشد في موعد أقصاه { $deadline }، وستصلك رسالة عندما يرد. حتى ذلك الحين يبقى الموعد محجوزًا لك.
booking-state-confirmed = تم تأكيد المحادثة
booking-state-declined = المرشد لا يستطيع في هذا الموعد
booking-state-expired = انتهت مدة الطلب
booking-state-expired-text = لم يستطع المرشد أن يرد في الوقت المحدد. اختر موعدًا جديدًا، أو اتصل بنا.
booking-state-withdrawn = لقد سحبت طلبك
booking-state-cancelled = أُلغيت المحادثة
booking-state-completed = تمّت المحادثة
booking-state-no_show = لم تحضر إلى المحادثة
booking-when = متى
booking-how = كيف
booking-where = أين
booking-how-phone = سيتصل بك المرشد.
booking-how-video = سيصلك رابط مكالمة الفيديو قبل المحادثة.
booking-how-walk = نلتقي خارج المكتب، ونتمشّى ونحن نتحدث.
booking-reason = رسالة من OT
booking-withdraw = ألغِ طلبي
booking-withdraw-confirm = هل تريد إلغاء طلبك؟ سيُبلَّغ المرشد، وسيصبح الموعد متاحًا لغيرك.
booking-withdraw-yes = نعم، ألغِه
booking-withdraw-keep = لا، أبقِ طلبي
booking-cancel = ألغِ المحادثة
booking-cancel-confirm = هل تريد إلغاء المحادثة في { $when }؟ سيُبلَّغ المرشد، وسيصبح الموعد متاحًا لغيرك.
booking-cancel-yes = نعم، ألغِ المحادثة
booking-cancel-keep = لا، أبقِ المحادثة
booking-cancel-reason = هل تريد أن تقول لماذا؟ لست مضطرًا إلى ذلك.
booking-move = انقل المحادثة إلى موعد آخر
booking-move-title = اختر موعدًا جديدًا
booking-move-text = يبقى الموعد القديم قائمًا إلى أن يؤكد المرشد الموعد الجديد.
booking-moving = طلبت أن تنقل المحادثة إلى موعد آخر. يبقى الموعد القديم قائمًا إلى أن يرد المرشد.
booking-calendar = نزّل الموعد إلى تقويمك (.ics)
booking-book-again = احجز موعدًا جديدًا
booking-unusable-text = الرابط لا يعمل. اتصل بـ OT على الرقم { $phone }، وسنساعدك.
message-booking-subject = محادثة مع { $service }
message-booking-confirmed = مرحبًا { $name }! تم تأكيد محادثتك مع OT: { $when }، { $how }. لترى المحادثة أو تنقلها أو تلغيها: { $link }
message-reason-from-ot = رسالة من OT: { $reason }
message-booking-declined = مرحبًا { $name }! الموعد { $when } لا يناسب OT. { $reason } اختر موعدًا جديدًا هنا: { $link }
message-booking-expired = مرحبًا { $name }! لم نتمكن من تأكيد الموعد { $when } في الوقت المحدد. اختر موعدًا جديدًا أو اتصل بنا: { $link }
message-booking-cancelled = مرحبًا { $name }! ألغت OT محادثتك يوم { $when }. { $reason } احجز موعدًا جديدًا هنا: { $link }
message-booking-cancelled-by-you = مرحبًا { $name }! أُلغيت محادثتك يوم { $when } بناءً على طلبك. إذا كنت تريد موعدًا جديدًا، يمكنك أن تحجز هنا: { $link }
message-booking-requested = مرحبًا { $name }! وصلنا طلبك لمحادثة يوم { $when }. سترد عليك OT قريبًا. هنا يمكنك أن ترى طلبك أو أن تسحبه: { $link }
message-booking-reminder = مرحبًا { $name }! تذكّر محادثتك مع OT غدًا: { $when }، { $how }. لترى المحادثة أو تنقلها أو تلغيها: { $link }
booking-code-title = اكتب الرمز
booking-code-sent-sms = أرسلنا رمزًا من ستة أرقام في رسالة نصية (SMS) إلى { $to }. الرمز صالح لمدة 15 دقيقة. لن يُحجز الموعد لك إلا بعد أن تكتب الرمز.
booking-code-sent-email = أرسلنا رمزًا من ستة أرقام بالبريد الإلكتروني إلى { $to }. الرمز صالح لمدة 15 دقيقة. لن يُحجز الموعد لك إلا بعد أن تكتب الرمز.
booking-code-label = الرمز
booking-code-hint = ستة أرقام، مثلًا 123456.
booking-code-missing = اكتب الرمز المكوّن من ستة أرقام الموجود في الرسالة.
booking-code-wrong = هذا ليس الرمز الذي أرسلناه. انظر في الرسالة وحاول مرة أخرى.
booking-code-gone = الرمز لم يعد يعمل. اطلب رمزًا جديدًا، أو اختر وقتًا آخر.
booking-code-resend = أرسل لي رمزًا جديدًا
booking-code-resent = أرسلنا لك رمزًا جديدًا. الرمز القديم لم يعد يعمل.
booking-code-last-try = بقيت لديك محاولة واحدة. إذا لم تكن متأكدًا من الرمز، يمكنك طلب رمز جديد في الأسفل.
booking-code-submit = أكّد وأرسل الطلب
booking-code-again = اختر موعدًا من جديد
error-too-many-active = لديك عندنا بالفعل اثنان من الطلبات أو المواعيد. اتصل بـ OT إذا كنت تحتاج إلى واحد آخر.
message-booking-code-subject = رمزك من { $service }
message-booking-code-body = { $code } هو رمزك لحجز موعد لمحادثة مع { $service }. الرمز صالح لمدة 15 دقيقة. إذا لم تطلب رمزًا، يمكنك أن تتجاهل هذه الرسالة.
calendar-summary = محادثة مع { $service }

## OT-råd
council-title = مجلس OT
council-lead = مجلس OT هو مجموعة من الشباب كانوا لفترة خارج الدراسة أو العمل. يقدّمون النصائح لـ OT في الأمور التي تهمّ الشباب. وتردّ OT على كل اقتراح.
council-join-link = قدّم طلبًا للانضمام
council-login-link = هل أنت عضو؟ سجّل الدخول
council-mandate-heading = ماذا يفعل المجلس
council-mandate-1 = أنشأ مجلسُ المحافظة (fylkestinget) هذا المجلسَ في ديسمبر 2020. يعمل مثل مجلس الطلاب: يقدّم النصائح لـ OT، ويتعاون معها في الأمور التي تهمّ الشباب.
council-mandate-2 = للمجلس مقعد في مجلس الشباب في المحافظة (fylke). يشارك المجلس في النقاشات، ويعرض قضايا على اللجنة الرئيسية للتعليم (hovedutvalget for utdanning).
council-mandate-3 = عندما تسأل OT المجلسَ، يرسل الأعضاء اقتراحاتهم. كل اقتراح يحصل على حالة وعلى ردّ من OT. الردود موجودة في هذه الصفحة.
council-plan-heading = خطة السنة
council-plan-empty = لا يوجد شيء في خطة السنة بعد.
council-plan-meeting = اجتماع
council-plan-hearing_deadline = آخر موعد للاقتراحات
council-plan-report_to_committee = تقرير إلى اللجنة الرئيسية للتعليم
council-plan-other = غير ذلك
council-members-heading = الأعضاء
council-members-empty = لا يوجد أعضاء في المجلس الآن.
council-role-leader = رئيس المجلس
council-role-deputy = نائب الرئيس
council-role-member = عضو
council-answers-heading = الاقتراحات وردود OT
council-answers-empty = لم يُنشر أي اقتراح بعد.
council-answer-from-ot = ردّ OT:
council-status-received = تم الاستلام
council-status-considering = تدرس OT الاقتراح
council-status-answered = تم الرد
council-status-acted_on = تم الأخذ به
council-status-not_acted_on = لم يُؤخذ به
council-statements-heading = آراء المجلس
council-statements-empty = لم يُنشر أي رأي بعد.
council-minutes-heading = محاضر الاجتماعات
council-minutes-empty = لم يُنشر أي محضر بعد.
council-join-heading = انضمّ إلى مجلس OT
council-join-text = هل عمرك بين 15 و24 سنة، وكنت لفترة خارج الدراسة أو العمل؟ إذن أنت تعرف ما الذي يساعد، وتريد OT أن تسمع ذلك. يجتمع المجلس بضع مرات في السنة. يمكنك أن تقول رأيك عندما يناسبك.
council-join-keep-seat = إذا عدت إلى الدراسة أو العمل، يمكنك أن تبقى في المجلس خلال السنة الأولى.
council-back = ارجع إلى مجلس OT
council-apply-title = قدّم طلبًا للانضمام إلى مجلس OT
council-apply-intro = املأ الاستمارة، وسيتواصل معك منسّق المجلس في OT.
council-apply-age = العمر
council-apply-age-invalid = اكتب عمرك بالأرقام، مثلًا 17.
council-apply-channel-legend = كيف تريد أن نتواصل معك؟
council-apply-channel-invalid = اختر رسالة نصية (SMS) أو البريد الإلكتروني. ثم اكتب رقم هاتفك المحمول أو عنوان بريدك الإلكتروني.
council-apply-reason = لماذا تريد أن تنضم؟ (اختياري)
council-apply-reason-too-long = يمكن أن يحتوي النص على 1000 حرف كحد أقصى.
council-apply-send = أرسل الطلب
council-apply-sent-title = شكرًا! وصلنا طلبك
council-apply-sent-text = أخبرنا منسّق المجلس في OT بطلبك.
council-apply-next-heading = ماذا يحدث الآن
council-apply-next = سيقرأ منسّق المجلس طلبك، وسيتواصل معك بالطريقة التي اخترتها، عادةً خلال أسبوعين. إذا انضممت إلى المجلس، ستصلك رسالة تشرح كيف تسجّل الدخول.
council-login-title = تسجيل الدخول إلى مجلس OT
council-login-intro = اكتب رقم الهاتف المحمول أو البريد الإلكتروني الذي أعطيته لمجلس OT. إذا كنت عضوًا، سنرسل إليك رمزًا ورابطًا.
council-login-contact = رقم الهاتف المحمول أو البريد الإلكتروني
council-login-contact-invalid = اكتب رقم هاتف محمول أو عنوان بريد إلكتروني.
council-login-send = أرسلوا لي رمزًا
council-code-title = اكتب الرمز
council-code-sent = إذا كنت عضوًا في مجلس OT، فقد أرسلنا إليك رمزًا من ستة أرقام. الرمز صالح لمدة 15 دقيقة. يمكنك أيضًا أن تستخدم الرابط الموجود في الرسالة.
council-code-label = الرمز
council-code-missing = اكتب الرمز المكوّن من ستة أرقام.
council-code-gone = الرمز لم يعد صالحًا. اطلب رمزًا جديدًا.
council-code-new = اطلب رمزًا جديدًا
council-code-send = سجّل الدخول
council-link-title = تسجيل الدخول إلى مجلس OT
council-link-text = اضغط على الزر لتسجّل الدخول.
council-link-button = سجّل الدخول
council-link-gone = الرابط لم يعد يعمل. الرابط يعمل مرة واحدة فقط، ولمدة 15 دقيقة.
council-member-title = مجلس OT للأعضاء
council-member-greeting = مرحبًا، { $name }!
council-member-back = ارجع إلى صفحة الأعضاء
council-logout = سجّل الخروج
council-hearings-heading = الاستشارات
council-hearings-empty = لا توجد استشارات الآن.
council-hearing-deadline = آخر موعد: { $deadline }
council-hearing-open = يمكنك أن ترسل اقتراحك
council-hearing-closed = انتهى الموعد
council-hearing-closed-text = انتهى الموعد. يمكنك أن تقرأ الاقتراحات وردود OT.
council-hearing-question = السؤال
council-hearing-background = الخلفية
council-meetings-heading = الاجتماعات
council-meetings-empty = لا توجد اجتماعات مخطط لها.
council-meeting-calendar = أضف الاجتماع إلى تقويمك (.ics)
council-meeting-minutes = المحضر
council-input-heading = اقتراحك
council-input-label = اقتراحك
council-input-missing = اكتب اقتراحك (2000 حرف كحد أقصى).
council-input-hide-name = أخفِ اسمي عن الأعضاء الآخرين (OT ترى الاسم دائمًا)
council-input-send = أرسل اقتراحك
council-input-yours = اقتراحك
council-input-change = غيّر اقتراحك
council-input-save = احفظ التغيير
council-input-withdraw = اسحب اقتراحك
council-input-pending = تراجعه OT أولًا، ثم يستطيع الأعضاء الآخرون أن يقرؤوه.
council-input-hidden = أخفته OT: { $reason }
council-input-anonymous = أحد الأعضاء
council-others-heading = اقتراحات الآخرين
council-supports = { $count ->
    [zero] لم يؤيّد أحدٌ هذا بعد
    [one] يؤيّد هذا شخص واحد
    [two] يؤيّد هذا شخصان
    [few] يؤيّد هذا { $count } أشخاص
    [many] يؤيّد هذا { $count } شخصًا
   *[other] يؤيّد هذا { $count } شخص
}
council-support = أيّد
council-support-of = أيّد اقتراح { $name }
council-unsupport = اسحب تأييدك
council-unsupport-of = اسحب تأييدك لاقتراح { $name }
council-comment-label = تعليق على اقتراح { $name }
council-comment-missing = اكتب تعليقك (1000 حرف كحد أقصى).
council-comment-send = أرسل التعليق
council-comment-withdraw = اسحب تعليقك
council-report = أبلغ OT
council-report-comment = أبلغ OT عن هذا التعليق
council-report-reason = ما المشكلة؟ (اختياري)
council-report-send = أرسل إلى OT
council-saved = تم الحفظ.
council-sent = شكرًا! تم إرسال رأيك. هذا ما كتبته:
council-closed-error = انتهى الموعد، لذلك لم يعد ممكنًا أن تغيّر هذا.
council-not-allowed = لا يمكنك أن تفعل ذلك بهذا الاقتراح.
message-council-login-subject = تسجيل الدخول إلى مجلس OT – { $service }
message-council-login-body = { $code } هو رمزك لتسجيل الدخول إلى مجلس OT. الرمز صالح مرة واحدة فقط، لمدة 15 دقيقة. يمكنك أيضًا أن تسجّل الدخول بهذا الرابط: { $link } إذا لم تطلب هذا، يمكنك أن تتجاهل هذه الرسالة.
message-council-answer-subject = ردّت OT على اقتراحك
message-council-answer-body = مرحبًا { $name }! ردّت OT على اقتراحك في الاستشارة «{ $hearing }». سجّل الدخول واقرأ الرد هنا: { $link }
message-council-admitted-subject = مرحبًا بك في مجلس OT لدى { $service }
message-council-admitted-body = مرحبًا { $name }! تم قبولك في مجلس OT. سجّل الدخول برقم الهاتف المحمول أو البريد الإلكتروني الذي قدّمت به الطلب، وستصلك رمز: { $link }
message-council-declined-subject = بخصوص طلبك إلى مجلس OT لدى { $service }
message-council-declined-body = مرحبًا { $name }! شكرًا لأنك تقدّمت للانضمام إلى مجلس OT. لم يكن هناك مكان لك هذه المرة. ما زال بإمكانك متابعة المجلس وإبداء رأيك هنا: { $link }

## Tall
figures-title = الأرقام: هل تصل OT إلى الجميع؟
figure-table-show = اعرض الأرقام في جدول
figures-lead = يجب أن تعرف OT كل الشباب في الفئة المستهدفة، وأن تتواصل مع كل واحد منهم. هنا تجد الأرقام على مستوى البلد كله وعلى مستوى المحافظة، وما يُظهره Neste steg حتى الآن.
figures-fewer-than-five = أقل من 5
figures-hidden = مخفي
figures-too-few = قليل جدًا للعرض
figures-count = العدد
figures-year = السنة
figures-county = المحافظة
figures-share = النسبة
figures-group = المجموعة
figures-group-unknown_activity = نشاط غير معروف
figures-group-follow_up = تحت المتابعة والإرشاد
figures-group-in_activity = يمارسون نشاطًا
figures-group-clarified = تم توضيح وضعهم
figures-group-not_in_target_group = خارج الفئة المستهدفة
figures-national-heading = الشباب الذين تتابعهم OT في البلد كله
figures-national-caption = الشباب الذين تابعتهم OT في يونيو، البلد كله
figures-counties-heading = المحافظات في يونيو 2024
figures-counties-caption = الشباب الذين تابعتهم OT في يونيو 2024، حسب المحافظة
figures-unreached-heading = الشباب الذين لم تستطع OT أن تتواصل معهم
figures-unreached-caption = نسبة الذين لم تستطع OT أن تتواصل معهم في 2024، المحافظات ذات النسبة الأعلى
figures-vestfold-heading = Vestfold في 15 يونيو 2024
figures-vestfold-text = كان عدد الشباب المسجّلين لدى OT في Vestfold { $registered }. منهم { $target } ضمن الفئة المستهدفة، و{ $outside } خارجها.
figures-vestfold-caption = الشباب في الفئة المستهدفة في Vestfold في 15 يونيو 2024، حسب المجموعة الرئيسية
figures-source-udir = المصدر: مديرية التعليم والتدريب النرويجية (Udir)، أرقام شهر يونيو، نُشرت في أغسطس 2024.
figures-source-vestfold = المصدر: OT Vestfold، التقرير السنوي 2023/24. تاريخ الإحصاء: 15 يونيو 2024.
figures-portal-heading = أرقام من Neste steg: { $service }
figures-portal-period = الفترة
figures-portal-sent = طلبات الرد المرسلة
figures-portal-answered = الردود
figures-portal-rate = نسبة من ردّوا
figures-portal-median = عدد الأيام حتى الرد (الوسيط)
figures-portal-groups-caption = الشباب حسب المجموعة الرئيسية في تاريخ الإحصاء { $date }
figures-portal-no-count-date = لا يوجد تاريخ إحصاء في Neste steg بعد.
figures-suppression = لا نعرض الأعداد الأقل من 5، ولا الأعداد التي يمكن من خلالها معرفة هذه الأعداد الصغيرة. هكذا لا يمكن التعرّف على أي شخص.
