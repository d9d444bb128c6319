# Neste steg — English.
service-name = Neste steg
skip-to-content = Skip to content
menu = Menu
nav-label = Main menu
language-picker = Language – Språk
home-title = Home
home-heading = What do you want to do?
home-lead = The Follow-up Service (OT) helps you if you are between 15 and 24 and not in school or work. Here you can answer OT, read about your rights and book a conversation.
home-no-thanks = It is your choice. «No thanks» is a perfectly fine answer.
task-answer = Answer OT
task-answer-text = Did you get a message or a letter from OT? Answer here. It takes a minute.
task-rights = Your rights
task-rights-text = What you are entitled to, and what OT must do for you.
task-guardians = For parents and guardians
task-guardians-text = For you who are a parent or guardian of a young person under 18.
task-booking = Book a conversation
task-booking-text = Pick a time that suits you: at the office, by phone, on video or on a walk.
task-council = The OT council
task-council-text = Young people who advise OT. Read statements, or have your say.
task-staff = Staff sign-in
contact-heading = Contact and offices
contact-lead = You can contact OT directly. You do not need a referral.
contact-phone = Phone:
contact-email = Email:
contact-opening-hours = Opening hours
weekday = { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
privacy-heading = Privacy
accessibility-heading = Accessibility statement
not-found-title = Page not found
not-found-heading = We could not find that page
not-found-text = The link may be wrong, or the page may have moved.
not-found-home = Go to the front page
error-not-found = We could not find what you were looking for.
error-invalid-input = Something in the form needs to be fixed.
error-conflict = Someone else changed this at the same time. Please try again.
error-bad-request = We could not read what was sent. Reload the page and try again.
error-internal = Something went wrong on our side. Please try again in a little while. The answers you already sent are saved.
error-network = We could not reach the server. Check your connection and try again.
error-forbidden-origin = The form did not come from Neste steg, so nothing was changed. Go back to the page and try again.
error-summary-title = There is a problem
error-sign-in = You need to sign in to see this page.
error-wrong-credentials = The email address or the password is wrong.
error-account-disabled = Your account is closed. Contact an administrator at OT.
error-throttled = Too many attempts in a short time. Wait a quarter of an hour and try again.

## Answer from a link or a code (youth)
answer-title = Answer OT
answer-greeting = Hi, { $name }!
answer-intro = { $service } would like to know what you are doing now. Then we can help you if you need it. It takes one minute.
answer-continue = Continue
answer-your-answer = You answered: { $activity }
answer-change = Change your answer
answer-activity-question = What are you doing now?
answer-activity-hint = Choose what fits best.
answer-activity-missing = Choose what fits you best.
activity-school = I go to upper secondary school
activity-private_school = I go to a private school
activity-apprenticeship = I am an apprentice or a training candidate
activity-work = I work
activity-military_service = I am in military service
activity-home_with_child = I am at home with a child
activity-ill_or_institution = I am ill or live in an institution
activity-course = I go to a folk high school or another course
activity-moved_county = I have moved to another county
activity-moved_abroad = I have moved to another country
activity-wants_help = I want help or a conversation
activity-no_thanks = No thanks, I do not need help
answer-next = Next
answer-details-question = Do you want to tell us more?
answer-details-hint = You can skip this. For example, write the name of your school or job.
answer-details-hint-help = You can skip this. You could write what you would like help with.
answer-details-too-long = The text can have at most 1000 characters.
answer-contact-question = How do you want OT to contact you?
answer-channels-legend = Choose one or more ways
answer-channels-missing = Choose at least one way we can contact you.
answer-contact-mobile-hint = We do not have your mobile number. If you want a text message or a call, write it here.
answer-contact-email-hint = We do not have your e-mail address. If you want e-mail, write it here.
answer-contact-letter-hint = We have no mobile number or e-mail for you. Write what we can use to reach you.
answer-mobile-needed = Write your mobile number so that we can text or call you.
answer-email-needed = Write your e-mail address so that we can e-mail you.
channel-sms = Text message
channel-call = Phone call
channel-email = E-mail
answer-time-legend = When suits you best?
answer-time-missing = Choose when suits you best.
contact-time-any = Any time of day
contact-time-morning = Before 12 noon
contact-time-afternoon = Between 12 and 4 pm
contact-time-evening = After 4 pm
answer-send = Send your answer
answer-receipt-title = Thank you! We have your answer
answer-receipt-reference = Your reference:
answer-receipt-next-heading = What happens next
answer-receipt-next = An advisor at OT reads your answer. If you want help, we contact you the way you chose. You can also call us on { $phone }.
answer-book = Book a conversation with an advisor
answer-handled-title = We have your answer
answer-handled-text = An advisor has read your answer. If you want to change something, call OT on { $phone }.
answer-unusable-title = The link does not work
answer-unusable-text = The link may be too old, or it has a typing mistake. Call OT on { $phone }, or use the code from your letter.
answer-throttled-text = There have been too many tries from this device. Wait a quarter of an hour and try again, or call OT on { $phone }.
answer-code-link = I have a code from a letter
answer-code-title = Answer with the code from your letter
answer-code-intro = The code is in the letter from OT. It has eight characters.
answer-code-label = The code from the letter
answer-code-wrong = We cannot find that code. Check that you typed it correctly, or call OT.
answer-code-ended = The code is right, but it no longer works: the request has expired or been withdrawn. Call OT on { $phone } and we will help you.
answer-code-missing = Enter the code from your letter.

## SMS and e-mail messages
message-contact-subject = Message from { $service }
message-contact-body = Hi { $name }! { $service } would like to know what you are doing now. Answer here, it takes one minute: { $link } Your code is { $code }. Best wishes, OT
message-reminder-body = Hi again { $name }! We have not heard from you yet. Answer here: { $link } Best wishes, { $service }
message-guardian-subject = Information from { $service }
message-guardian-body = Hello! { $service } has written to your child. Here you can read about young people's rights and what OT can help with: { $link } Best wishes, OT

## Information pages: rights, parents and guardians, offers, follow-up, privacy
# Short sentences and «you»: the pages for young people must have a LIX below 40 (app/tests/readability.rs).
info-law = Legal basis
info-related = See also
info-printed = Printed { $date } from { $url }
rights-title = Your rights
rights-lead = Are you between 15 and 24? Are you not in school and have no job? Then OT must help you.
rights-who-heading = Who is OT for?
rights-who-1 = OT stands for Oppfølgingstjenesten, the Follow-up Service. Every county has a service like this.
rights-who-2 = OT is for you if you have the right to upper secondary education. You are not in school, and you do not have a job.
rights-who-3 = OT is for you up to and including the year you turn 24.
rights-who-4 = You can get in touch yourself. You do not need a form or a referral.
rights-school-heading = You have the right to upper secondary education
rights-school-1 = You have the right to go to upper secondary school. You can take subjects at school, as an apprentice or in other ways.
rights-school-2 = OT helps you find out what suits you.
rights-duty-heading = This is what OT must do for you
rights-duty-1 = OT must know who is not in school and does not have a job.
rights-duty-2 = OT must give you written information about your rights. This page is part of that.
rights-duty-3 = OT must contact you and offer you guidance.
rights-duty-4 = OT must give you an offer. It can be school, work, a course or something else.
rights-duty-5 = OT must follow up with you through conversations for as long as you need.
rights-no-heading = You decide
rights-no-1 = You can say no thanks. That is completely fine.
rights-no-2 = You can change your mind later. Then you can just get in touch again.
rights-law = Regulations to the Education Act (forskrift til opplæringslova) §§ 13-1 to 13-4. Education Act (2023) § 9-4.
guardians-title = For parents and guardians
guardians-lead = Are you a parent or guardian of a young person under 18? Here you can read what the young person is entitled to, and what OT does.
guardians-why-heading = Why are you getting this information?
guardians-why-1 = OT must give written information to all young people in the target group. Parents and guardians of young people under 18 must get the same information.
guardians-why-2 = The young person has received a separate message from OT. We do not send the young person's answers to you.
guardians-rights-heading = What is the young person entitled to?
guardians-rights-1 = The young person has the right to upper secondary education. OT is for young people who are not in school and do not have a job, up to and including the year they turn 24.
guardians-rights-2 = OT must make contact, give guidance and offer school, work or other training. OT follows up for as long as needed.
guardians-help-heading = How can you help?
guardians-help-1 = Talk with the young person about what they want. It is fine to say no thanks to OT.
guardians-help-2 = You can call OT yourself on { $phone } if you are worried. You do not need a referral.
guardians-18-heading = When the young person turns 18
guardians-18-1 = Then the young person is of legal age. OT has a duty of confidentiality and cannot tell you anything unless the young person says yes.
guardians-18-2 = The young person can give OT permission to talk with you. Ask the young person.
guardians-law = Regulations to the Education Act (forskrift til opplæringslova) § 13-3 letter b. Public Administration Act (forvaltningsloven) § 13 on confidentiality.
offers-title = What OT can offer
offers-lead = OT finds an offer together with you. Here are some examples.
offers-1 = Conversations and help to choose a school, subjects or a job.
offers-2 = Work experience at an ordinary workplace, with close follow-up. It can lead to an apprenticeship.
offers-3 = Courses and activities, for example outdoor life, art and exercise.
offers-4 = Teaching in subjects, so you can take exams as a private candidate.
offers-5 = Help to work with NAV and others, so you do not have to go to lots of places alone.
offers-law = Regulations to the Education Act (forskrift til opplæringslova) §§ 13-1 and 13-4.
followup-title = How the follow-up works
followup-lead = Here you can read what happens when you are in contact with OT.
followup-talk-heading = The first conversation
followup-talk-1 = You meet an advisor. You talk about how you are doing, and what you want.
followup-talk-2 = You can bring someone you trust.
followup-plan-heading = Your plan
followup-plan-1 = Together you make a plan. It says what you will do, and what OT will do.
followup-plan-2 = The plan can be changed whenever you want.
followup-no-heading = You can say no
followup-no-1 = Getting help from OT is voluntary. You can say no, and you can come back later.
followup-law = Regulations to the Education Act (forskrift til opplæringslova) § 13-3 letters c to e.
privacy-lead = Here you can read what OT knows about you, why, and how you can see it.
privacy-knows-heading = What OT knows about you
privacy-knows-1 = Your name, your address, and your phone number or email if you have given it to us.
privacy-knows-2 = Which school you went to, and what you have applied for, started and quit.
privacy-knows-3 = Your grades and which rights you have left.
privacy-knows-4 = What you yourself answer us here, and notes from conversations with you.
privacy-why-heading = Why, and on what legal basis
privacy-why-1 = The county must keep track of young people in the target group and give them an offer. This is in the Regulations to the Education Act (forskrift til opplæringslova) § 13-3.
privacy-why-2 = We only use the information to help you. We do not share it with others unless the law allows it or you say yes.
privacy-keep-heading = How long we keep it
privacy-keep-1 = We keep your information and your answers for as long as you are in the target group: until the end of the year you turn { $age }. Links in messages work for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
privacy-keep-2 = We delete requests for a conversation and booked conversations { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after the conversation. The link to the conversation works for { $link_days ->
        [one] { $link_days } day
       *[other] { $link_days } days
    } after it is over.
privacy-keep-3 = We delete messages we have sent you, together with the number or e-mail address they went to, { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after they were created.
privacy-keep-4 = We delete codes, login attempts and other traces of using the forms after 24 hours.
privacy-council-heading = The OT council
privacy-council-1 = If you apply to join the OT council, we store your first name, year of birth, mobile number or e-mail and what you write. The council's page shows members by first name and role. Input is published only without a name, and only when OT chooses to.
privacy-council-2 = OT's council coordinator always sees who wrote what. The other members do not, if you hide your name. Applications that have been dealt with are deleted after as long as requests for a conversation.
privacy-see-heading = See or correct the information
privacy-see-1 = You have the right to see what we have stored about you, and to have mistakes corrected. Contact OT.
privacy-see-2 = All staff who look at your information are logged.
privacy-law = General Data Protection Regulation (GDPR) Article 6(1)(e) and Articles 15 and 16. Regulations to the Education Act (forskrift til opplæringslova) § 13-3.


## Accessibility statement and translations
accessibility-lead = Everyone should be able to use Neste steg. That includes you if you use a screen reader, only a keyboard, or zoom in on the screen.
accessibility-standard-heading = The rules we follow
accessibility-standard-1 = Public websites in Norway must meet WCAG 2.1 at level AA. It is a standard for websites that everyone can use.
accessibility-test-heading = How we check it
accessibility-test-1 = Every time we change Neste steg, we test the pages in a browser on a small phone. We test with and without JavaScript, and with the tool axe.
accessibility-test-2 = Everything works with a keyboard. Mistakes in a form are shown next to the field and in a list at the top of the page.
accessibility-known-heading = What we have not finished
accessibility-known-1 = Some languages have not been checked by a trained translator yet. Those pages say so at the top, with a link to the text in Norwegian bokmål.
accessibility-known-2 = We have not yet tested the pages together with people who use screen readers.
accessibility-feedback-heading = Tell us if something does not work
accessibility-feedback-1 = Call or write to OT. The phone number and e-mail are at the bottom of the page.
accessibility-feedback-2 = If you are not happy with the answer, you can complain to the Norwegian Digitalisation Agency's authority for universal design of ICT. Their website is uutilsynet.no.
accessibility-law = The Equality and Anti-Discrimination Act § 18. Regulations on universal design of information and communication technology (ICT) solutions § 4.
translation-notice = This page is a translation. The translation has not been checked yet.
translation-original = Read the text in Norwegian bokmål

## Booking a conversation (youth)
booking-lead = Choose an office and how you want to meet us. Then you will see free times.
booking-office-legend = Which office?
booking-form-legend = How do you want to meet us?
form-office = At the office
form-phone = By phone
form-video = By video
form-walk = On a walk – we talk as we walk
booking-show-times = Show free times
booking-change-office = Choose another office
booking-times-legend = Choose a time
booking-times-hint = Times are Norwegian time. The conversation lasts { $minutes } minutes.
booking-more-days = Show more days
booking-closed-days = We do not offer times on public holidays or on days the office is closed.
booking-no-times = There are no free times in the coming weeks. Ask us to call you instead.
booking-slot-missing = Choose a time.
booking-date = { $weekday } { $day } { $month }
date-with-year = { $date } { $year }
booking-time = at { $time }
month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
booking-about-you = About you
booking-first-name = First name
booking-first-name-missing = Write your first name, using letters only.
booking-contact-hint = Write a mobile number or an e-mail address, so we can answer you.
booking-mobile = Mobile number
booking-email = E-mail
booking-mobile-invalid = Write a Norwegian mobile number with 8 digits, or a number starting with +.
booking-mobile-country = We can only text the code to Norwegian mobile numbers. Write a Norwegian mobile number, or leave this empty and write your e-mail address.
booking-email-invalid = Write an e-mail address like name@example.no.
booking-contact-missing = Write a mobile number or an e-mail address.
booking-send = Send the request
sending = Sending …
characters-count = { $count } of { $max } characters
booking-taken = Someone else just took that time. Choose another time.
booking-none-fit-heading = Do none of the times suit you?
booking-none-fit-text = Then we will call you and find a time together.
booking-call-me = Call me
booking-call-me-sent = Thank you! We will call you as soon as we can, usually within two working days.
booking-state-requested = We are waiting for the advisor's answer
booking-state-requested-text = The advisor will answer you by { $deadline } at the latest, and you will get a message when they have. Until then the time is held for you.
booking-state-confirmed = The conversation is confirmed
booking-state-declined = The advisor cannot make this time
booking-state-expired = The request ran out
booking-state-expired-text = The advisor did not answer in time. Choose a new time, or call us.
booking-state-withdrawn = You have withdrawn the request
booking-state-cancelled = The conversation is cancelled
booking-state-completed = The conversation has taken place
booking-state-no_show = You did not come to the conversation
booking-when = When
booking-how = How
booking-where = Where
booking-how-phone = The advisor will call you.
booking-how-video = You will get a link to the video call before the conversation.
booking-how-walk = We meet outside the office and go for a walk while we talk.
booking-reason = Message from OT
booking-withdraw = Cancel my request
booking-withdraw-confirm = Do you want to cancel your request? The advisor is told, and the time is freed for others.
booking-withdraw-yes = Yes, cancel it
booking-withdraw-keep = No, keep my request
booking-cancel = Cancel the conversation
booking-cancel-confirm = Do you want to cancel the conversation on { $when }? The advisor is told, and the time is freed for others.
booking-cancel-yes = Yes, cancel the conversation
booking-cancel-keep = No, keep the conversation
booking-cancel-reason = Do you want to say why? You do not have to.
booking-move = Move to another time
booking-move-title = Choose a new time
booking-move-text = The old time stays until the advisor has confirmed the new one.
booking-moving = You have asked to move the conversation. The old time stays until the advisor has answered.
booking-calendar = Download to your calendar (.ics)
booking-book-again = Book a new time
booking-unusable-text = The link does not work. Call OT on { $phone } and we will help you.
message-booking-subject = Conversation with { $service }
message-booking-confirmed = Hi { $name }! Your conversation with OT is confirmed: { $when }, { $how }. See, move or cancel it here: { $link }
message-reason-from-ot = Message from OT: { $reason }
message-booking-declined = Hi { $name }! OT cannot make { $when }. { $reason } Choose a new time here: { $link }
message-booking-expired = Hi { $name }! We did not manage to confirm { $when }. Choose a new time or call us: { $link }
message-booking-cancelled = Hi { $name }! OT has cancelled the conversation { $when }. { $reason } Book a new time here: { $link }
message-booking-cancelled-by-you = Hi { $name }! You have cancelled the conversation { $when }. If you want a new time, you can book one here: { $link }
message-booking-requested = Hi { $name }! We have received your request for a conversation { $when }. OT will answer you soon. Here you can see it or withdraw it: { $link }
message-booking-reminder = Hi { $name }! Remember your conversation with OT tomorrow: { $when }, { $how }. See, move or cancel it here: { $link }
booking-code-title = Enter the code
booking-code-sent-sms = We have sent a six-digit code by text message to { $to }. The code works for 15 minutes. The time is only held for you once you have entered it.
booking-code-sent-email = We have sent a six-digit code by e-mail to { $to }. The code works for 15 minutes. The time is only held for you once you have entered it.
booking-code-label = The code
booking-code-hint = Six digits, for example 123456.
booking-code-missing = Write the six-digit code from the message.
booking-code-wrong = That is not the code we sent. Look at the message and try again.
booking-code-gone = The code no longer works. Ask for a new code, or choose another time.
booking-code-resend = Send me a new code
booking-code-resent = We have sent you a new code. The old one no longer works.
booking-code-last-try = You have one try left. If you are not sure of the code, you can ask for a new one below.
booking-code-submit = Confirm and send the request
booking-code-again = Choose a time again
error-too-many-active = You already have two requests or appointments with us. Call OT if you need another one.
message-booking-code-subject = Your code from { $service }
message-booking-code-body = { $code } is your code for booking a conversation with { $service }. It works for 15 minutes. If you did not ask for a code, you can ignore this message.
calendar-summary = Conversation with { $service }

## OT-råd
council-title = The OT council
council-lead = The OT council is young people who have been outside school or work. They advise OT on what concerns young people, and OT answers every piece of input.
council-join-link = Apply to join
council-login-link = Are you a member? Sign in
council-mandate-heading = What the council does
council-mandate-1 = The county council set up the council in December 2020. It works like a pupils' council: it advises OT and works with OT on matters that concern young people.
council-mandate-2 = The council has a seat on the county's youth council, takes part in debates and presents to the education committee.
council-mandate-3 = When OT asks the council, its members send input. Every piece of input gets a status and an answer from OT, and the answers are on this page.
council-plan-heading = The year plan
council-plan-empty = Nothing is in the year plan yet.
council-plan-meeting = Meeting
council-plan-hearing_deadline = Deadline for input
council-plan-report_to_committee = Report to the education committee
council-plan-other = Other
council-members-heading = Members
council-members-empty = The council has no members right now.
council-role-leader = chair
council-role-deputy = deputy chair
council-role-member = member
council-answers-heading = Input and OT's answers
council-answers-empty = No input has been published yet.
council-answer-from-ot = OT's answer:
council-status-received = Received
council-status-considering = OT is considering it
council-status-answered = Answered
council-status-acted_on = Acted on
council-status-not_acted_on = Not acted on
council-statements-heading = Statements
council-statements-empty = No statements have been published yet.
council-minutes-heading = Minutes
council-minutes-empty = No minutes have been published yet.
council-join-heading = Join the OT council
council-join-text = Are you between 15 and 24 and have you been outside school or work? Then you know what helps, and OT wants to hear it. The council meets a few times a year, and you can give your view when it suits you.
council-join-keep-seat = If you start school or work again, you can keep your seat on the council for the first year.
council-back = Back to the OT council
council-apply-title = Apply to join the OT council
council-apply-intro = Fill in the form, and OT's council coordinator will get in touch with you.
council-apply-age = Age
council-apply-age-invalid = Write your age in numbers, for example 17.
council-apply-channel-legend = How do you want us to get in touch?
council-apply-channel-invalid = Choose text message or e-mail, and write the number or address for the one you choose.
council-apply-reason = Why do you want to join? (optional)
council-apply-reason-too-long = The text can have at most 1000 characters.
council-apply-send = Send the application
council-apply-sent-title = Thank you! We have your application
council-apply-sent-text = OT's council coordinator has been told.
council-apply-next-heading = What happens next
council-apply-next = The council coordinator reads your application and gets in touch the way you asked, usually within two weeks. If you join, you get a message about how to sign in.
council-login-title = Sign in to the OT council
council-login-intro = Write the mobile number or e-mail address you gave the OT council. If you are a member, we send you a code and a link.
council-login-contact = Mobile number or e-mail
council-login-contact-invalid = Write a mobile number or an e-mail address.
council-login-send = Send me a code
council-code-title = Type the code
council-code-sent = If you are a member of the OT council, we have sent you a six-digit code. It works for 15 minutes. You can also use the link in the message.
council-code-label = The code
council-code-missing = Type the six-digit code.
council-code-gone = The code no longer works. Ask for a new code.
council-code-new = Ask for a new code
council-code-send = Sign in
council-link-title = Sign in to the OT council
council-link-text = Press the button to sign in.
council-link-button = Sign in
council-link-gone = The link no longer works. It works only once, for 15 minutes.
council-member-title = The OT council for members
council-member-greeting = Hi, { $name }!
council-member-back = Back to the overview
council-logout = Sign out
council-hearings-heading = Hearings
council-hearings-empty = There are no hearings right now.
council-hearing-deadline = Deadline: { $deadline }
council-hearing-open = Open for input
council-hearing-closed = The deadline has passed
council-hearing-closed-text = The deadline has passed. You can read the input and OT's answers.
council-hearing-question = The question
council-hearing-background = Background
council-meetings-heading = Meetings
council-meetings-empty = No meetings are planned.
council-meeting-calendar = Add to your calendar (.ics)
council-meeting-minutes = Minutes
council-input-heading = Your input
council-input-label = Your input
council-input-missing = Write your input (at most 2000 characters).
council-input-hide-name = Hide my name from the other members (OT always sees it)
council-input-send = Send your input
council-input-yours = Your input
council-input-change = Change your input
council-input-save = Save the change
council-input-withdraw = Withdraw your input
council-input-pending = OT looks at it before the other members can read it.
council-input-hidden = Hidden by OT: { $reason }
council-input-anonymous = A member
council-others-heading = Input from the others
council-supports = { $count ->
    [0] Nobody supports this yet
    [one] One person supports this
   *[other] { $count } people support this
}
council-support = Support
council-support-of = Support the input from { $name }
council-unsupport = Take back your support
council-unsupport-of = Take back your support for the input from { $name }
council-comment-label = Comment on the input from { $name }
council-comment-missing = Write your comment (at most 1000 characters).
council-comment-send = Send the comment
council-comment-withdraw = Withdraw your comment
council-report = Tell OT about this
council-report-comment = Tell OT about the comment
council-report-reason = What is wrong? (optional)
council-report-send = Send to OT
council-saved = Saved.
council-sent = Thank you! Your input has been sent. This is what you wrote:
council-closed-error = The deadline has passed, so this can no longer be changed.
council-not-allowed = You cannot do that with this input.
message-council-login-subject = Signing in to the OT council at { $service }
message-council-login-body = { $code } is your code for signing in to the OT council. It works once, for 15 minutes. You can also sign in with this link: { $link } If you did not ask for this, you can ignore this message.
message-council-answer-subject = OT has answered your input
message-council-answer-body = Hi { $name }! OT has answered your input to “{ $hearing }”. Sign in and read the answer here: { $link }
message-council-admitted-subject = Welcome to the OT council at { $service }
message-council-admitted-body = Hi { $name }! You have been admitted to the OT council. Log in with the mobile number or e-mail address you applied with, and you will get a code: { $link }
message-council-declined-subject = About your application to the OT council at { $service }
message-council-declined-body = Hi { $name }! Thank you for applying to join the OT council. This time there was no place for you. You can still follow the council and have your say here: { $link }

## Tall
figures-title = Figures: does OT reach everyone?
figure-table-show = Show the figures in a table
figures-lead = OT must keep an overview of everyone in its target group and get in touch with each of them. Here are the figures for the whole country and for the county, and what Neste steg shows so far.
figures-fewer-than-five = fewer than 5
figures-hidden = hidden
figures-too-few = too few to show
figures-count = Number
figures-year = Year
figures-county = County
figures-share = Share
figures-group = Group
figures-group-unknown_activity = Unknown activity
figures-group-follow_up = Under follow-up and guidance
figures-group-in_activity = In activity
figures-group-clarified = Clarified
figures-group-not_in_target_group = Not in the target group
figures-national-heading = Young people OT follows up in the whole country
figures-national-caption = Young people OT followed up in June, whole country
figures-counties-heading = The counties in June 2024
figures-counties-caption = Young people OT followed up in June 2024, by county
figures-unreached-heading = Young people OT could not reach
figures-unreached-caption = Share OT could not reach in 2024, the counties with the highest share
figures-vestfold-heading = Vestfold on 15 June 2024
figures-vestfold-text = { $registered } young people were registered with OT in Vestfold. { $target } of them were in the target group, and { $outside } were outside it.
figures-vestfold-caption = Young people in the target group in Vestfold on 15 June 2024, by main group
figures-source-udir = Source: the Norwegian Directorate for Education and Training (Udir), June figures, published August 2024.
figures-source-vestfold = Source: OT Vestfold, annual report 2023/24. Count date 15 June 2024.
figures-portal-heading = Figures from Neste steg: { $service }
figures-portal-period = Period
figures-portal-sent = Requests sent
figures-portal-answered = Answers
figures-portal-rate = Share who answered
figures-portal-median = Days to an answer (median)
figures-portal-groups-caption = Young people by main group on the count date { $date }
figures-portal-no-count-date = Neste steg has no count date yet.
figures-suppression = Numbers under 5 are not shown, nor numbers they could be worked out from, so that nobody can be recognised.

## staff-only
# The staff area speaks nb, nn and en only: every message below this line exists in those three
# languages and no other (app/tests/locales.rs checks both halves).
login-title = Staff sign-in
login-email = Email address
login-password = Password
login-submit = Sign in
login-email-missing = Enter your email address.
login-password-missing = Enter your password.
logout = Sign out
staff-nav-label = Staff menu
paging-label = Pages of the list
paging-previous = Previous page
paging-next = Next page
paging-position = Page { $page } of { $pages }
workplace-title = Workplace
workplace-greeting = Hello, { $name }
workplace-role = Role
workplace-departments = Departments
workplace-whole-county = The whole county
role-advisor = Advisor
role-coordinator = Coordinator
role-council_coordinator = OT council coordinator
role-administrator = Administrator
workplace-administration = Administration
admin-title = Staff accounts
admin-new = New account
admin-name = Full name
admin-department = Department
admin-departments-of = Departments of { $name }
admin-password = First password (at least 12 characters)
admin-create = Create account
admin-created = The account has been created. Give the person the password in a safe way.
admin-name-missing = Enter the full name, at most 200 characters.
admin-email-invalid = Enter a valid email address, like name@county.no.
admin-email-taken = There is already an account with this email address.
admin-password-short = The password must have at least 12 characters.
admin-active = active
admin-disabled = closed
admin-disable = Close { $name }'s account
admin-enable = Reopen { $name }'s account
audit-title = Log of access and changes
audit-caption = Newest events first
audit-at = Time
audit-by = Who
audit-action = What
audit-subject = Record
audit-system = The system (command line)
admin-save = Save for { $name }
departments-title = Departments and offices
department-name = Name
department-address = Street address
department-postal-code = Postcode
department-city = Town
department-save = Save
department-saved = The changes are saved and show on the contact page.
department-name-missing = Enter the department's name.
department-address-missing = Enter the street address.
department-postal-code-invalid = The postcode must have four digits.
department-city-missing = Enter the town.
department-phone-invalid = Enter a phone number with at least eight digits.

## Staff: contact requests, answers and the demo mailbox
workplace-today = Waiting for you
workplace-waiting-answers = { $count ->
    [one] One new answer waits for a status code
   *[other] { $count } new answers wait for a status code
}
workplace-call-list = { $count ->
    [one] One person to call
   *[other] { $count } people to call
}
workplace-areas = Work areas
requests-title = Contact requests
requests-count = { $count } in all
call-list-title = Call list
requests-call-list-link = The call list: { $count } to call
call-list-lead = { $count } have not answered after the reminders. Call them, oldest first.
requests-all = All requests
requests-letter-code = Letter code
request-state-answered = Answered
request-state-call_list = To call
request-state-revoked = Withdrawn
request-state-expired = Expired
request-state-waiting = Waiting for an answer
request-revoke = Withdraw the request to { $name }
request-revoke-short = Withdraw
request-revoke-confirm = Withdraw the request to { $name }? The link in the message will stop working, and this cannot be undone.
request-revoked-notice = The request is withdrawn. The link no longer works.
request-revoke-keep = No, keep it
request-created = The request is saved and its message is being sent.
request-new = New contact request
request-optional = (optional)
request-first-name = First name
request-last-name = Last name
request-birth-date = Date of birth (dd.mm.yyyy)
request-mobile = Mobile number
request-language = Language of the message
request-municipality = Municipality
request-guardian = Guardians (for young people under 18)
request-send = Save and send
request-name-too-long = The name can have at most 100 characters.
request-first-name-missing = Enter the first name.
request-last-name-missing = Enter the last name.
request-birth-date-invalid = Write the date of birth as dd.mm.yyyy. The person must be in OT's target group (15–24 this year).
request-mobile-invalid = Enter a Norwegian mobile number with 8 digits.
request-contact-missing = Enter a mobile number or an e-mail address, so we can reach the person.
request-municipality-missing = Enter the municipality.
request-department-invalid = Choose a department you work in.
request-language-invalid = Choose a language.
answers-title = Answers from young people
answers-all = All
answers-activity = Answer
answers-min-age = Age from
answers-max-age = Age to
answers-include-handled = Show handled answers too
answers-filter = Show
answers-none = No answers are waiting.
answers-suggested = Suggested code: { $code }
answers-confirmed = Confirmed code: { $code }
answers-export = Download confirmed codes (CSV for Vigo OT)
answers-reference = Reference
answers-age = Age
answers-received = Received
answers-details = Details
answers-suggested-label = Suggested status code
answers-review = Confirm or change the code
answers-code = Status code
answers-via = «via»: OT helped the person into this
answers-note = Note (optional)
answers-called = I have called the person
answers-called-short = called
answers-confirm = Confirm the code
answers-history = History
answers-history-none = Not handled yet.
answers-back = Back to the answers
answers-saved = The code is saved.
mailbox-title = Demo mailbox
mailbox-intro = In demo mode no text messages or e-mails are sent. The messages land here instead.
mailbox-empty = No messages yet.

## Import from CSV
import-title = Import many from a CSV file
import-intro = The first line must have the column names. Save the file as CSV (UTF-8) with semicolons. Nothing is imported until you have checked the preview and confirmed.
import-file = CSV file
import-preview = Show preview
import-preview-title = Preview of the import
import-summary = { $good } rows are ready to import. { $bad } rows have errors and will not be imported.
import-bad-rows = Rows with errors
import-line = Line { $line }
import-confirm = Import { $good } rows and send the messages
import-again = Upload another file
import-done = { $count ->
    [one] One request is imported and its message is being sent.
   *[other] { $count } requests are imported and their messages are being sent.
}
import-duplicate = Duplicate
import-file-empty = The file is empty.
import-file-too-large = The file is too large. Split it into files of at most 10,000 rows.
import-file-wrong-encoding = The file is not saved as UTF-8. Choose «CSV UTF-8» when you save from the spreadsheet.
import-file-missing-column = The file lacks a required column: first name, last name, date of birth, municipality and department.
import-file-unreadable = The file cannot be read as CSV.
import-reason-missing = is missing
import-reason-too-long = is longer than 100 characters
import-reason-not-a-date = is not a date (dd.mm.yyyy)
import-reason-outside-target-group = is outside OT's target group (15–24 this year)
import-reason-not-a-mobile = is not a mobile number
import-reason-not-an-email = is not an e-mail address
import-reason-contact-needed = a mobile or an e-mail is needed
import-reason-unknown-language = is a language we do not have
import-reason-unknown-department = is not a department you work in
import-reason-duplicate = the person already has an open request or is twice in the file

## Login with the county's identity provider
login-oidc = Log in with your work account
login-oidc-failed = Logging in with your work account did not succeed. Try again, or contact an administrator if you do not have access to Neste steg.
department-hours-hint = Leave both fields empty for days the office is closed. Write the time as hh:mm.
department-opens = { $day } opens
department-closes = { $day } closes
department-hours-invalid = Write the opening time as hh:mm, and the closing time after the opening time.
audit-subject-type = Kind of record
audit-subject-id = Record number

## Staff: bookings and hours
bookings-title = Bookings and conversations
bookings-queue = Requests waiting for you
bookings-queue-empty = No requests are waiting.
bookings-hold = Answer by { $deadline }
bookings-near-deadline = Soon too late
bookings-confirm = Confirm
bookings-decline = Decline
bookings-decline-reason = Message to the young person
bookings-decline-reason-missing = Write a short message to the young person.
bookings-confirmed-notice = The conversation with { $name } { $when } is confirmed. { $name } is being notified now.
bookings-declined-notice = The request from { $name } is declined. { $name } is being notified now.
bookings-propose = Propose another time
bookings-propose-title = New time for { $name }
bookings-propose-text = The new time is confirmed at once. The young person gets a message with a link to move or cancel it, and the request is declined.
bookings-propose-send = Confirm the new time
bookings-propose-missing = Choose a new time.
bookings-callbacks = Want a call
bookings-callback-done = I have called
bookings-meetings = Conversations
bookings-day = Day
bookings-week = Week
bookings-previous = Previous
bookings-next = Next
bookings-none = No conversations.
bookings-with = { $name }, { $form }
bookings-requested = Waiting for an answer
bookings-completed = Took place
bookings-no-show = Did not come
bookings-cancel = Cancel
bookings-cancel-reason = Reason (sent to the young person)
bookings-decided = Someone else has already answered this request, or it has run out.
availability-title = My hours
availability-settings = My conversations
availability-length = Length of a conversation (minutes)
availability-buffer = Break after each conversation (minutes)
availability-notice = Least notice before a conversation (hours)
availability-window = How far ahead young people can book (days)
availability-forms = Meeting forms I offer
availability-weekly = Regular hours every week
availability-weekly-hint = Ranges on the same day may not overlap. Leave the fields empty on days without conversations.
availability-save = Save the hours
availability-saved = The hours are saved.
availability-invalid = Check the numbers and times: the end must be after the start, and ranges on one day cannot overlap.
availability-exceptions = Exceptions
availability-exception-date = Date
availability-away = Away
availability-extra = Extra hours
availability-from = From
availability-to = To
availability-all-day = Leave the times empty for the whole day.
availability-add = Add the exception
availability-remove = Remove
availability-add-range = Add a time range
availability-remove-range = Remove the time range
availability-exception-invalid = Check the date and times. Extra hours need an office and times.
availability-no-exceptions = No exceptions.
workplace-booking-requests = { $count ->
    [one] One conversation request is waiting
   *[other] { $count } conversation requests are waiting
}
workplace-near-deadline = { $count ->
    [one] one of them runs out soon
   *[other] { $count } of them run out soon
}
workplace-meetings-today = { $count ->
    [one] One conversation today
   *[other] { $count } conversations today
}
workplace-callbacks = { $count ->
    [one] One person wants a call
   *[other] { $count } people want a call
}

# Status codes of Vigo OT, with their meaning (facts.md).
status-code-OTUK = Unknown activity
status-code-OTOV = Under follow-up and guidance
status-code-OTOA = In a county measure (education or work practice)
status-code-OTAP = In work practice or another NAV measure
status-code-OTKO = In a combined county and NAV measure
status-code-OTAR = In work
status-code-OTEV = Pupil at upper secondary school
status-code-OTVF = Pupil at a private upper secondary school
status-code-OTLL = Apprentice, training or practice certificate candidate
status-code-OTNO = Has declined follow-up
status-code-OTMI = In military service
status-code-OTBA = Caring for a child
status-code-OTSY = Ill or in an institution
status-code-OTIF = Non-formal education, e.g. folk high school
status-code-ELGS-IM = Lower secondary pupil, preventive work
status-code-ELVG-IM = Upper secondary pupil or apprentice, preventive work
status-code-OTFA-IM = Moved to another county
status-code-OTFU-IM = Moved abroad or living abroad
status-code-Feil = Registered by mistake
status-code-OTAR_IM = In work without OT's help
status-code-OTEV_IM = Upper secondary pupil without OT's help
status-code-OTVF_IM = Private school pupil without OT's help
status-code-OTLL_IM = Apprentice or training candidate without OT's help

message-council-application-subject = New application to the OT council
message-council-application-body = A new application to the OT council has arrived. Sign in to read it: { $link }

## Staff: the OT council (the council coordinator)
council-admin-title = The OT council
council-admin-back-workplace = Back to your workplace
council-admin-back = Back to the OT council
council-admin-contents = On this page
council-admin-waiting = Waiting for you
council-admin-applications = Applications
council-admin-members = Members
council-admin-alumni = Former members
council-admin-hearings = Hearings
council-admin-meetings = Meetings
council-admin-plan = Year plan
council-admin-none = Nothing is waiting here.
council-admin-pending-inputs = { $count ->
    [one] One input is waiting for approval
   *[other] { $count } inputs are waiting for approval
}
council-admin-pending-comments = { $count ->
    [one] One comment is waiting for approval
   *[other] { $count } comments are waiting for approval
}
council-admin-open-reports = { $count ->
    [one] One report about content has not been handled
   *[other] { $count } reports about content have not been handled
}
council-admin-overdue = { $count ->
    [one] One input has waited more than { $days } days for an answer
   *[other] { $count } inputs have waited more than { $days } days for an answer
}
council-admin-pending-heading = Input waiting for approval
council-admin-overdue-heading = Input without an answer after { $days } days
council-admin-reports-heading = Reported content
council-admin-input-from = Input from { $name } to «{ $hearing }»
council-admin-report-line = { $name } reported: «{ $text }»
council-admin-report-reason = Reason: { $reason }
council-admin-days-waiting = { $days ->
    [one] Has waited one day for an answer
   *[other] Has waited { $days } days for an answer
}
council-admin-answered-after = { $days ->
    [one] Answered after one day
   *[other] Answered after { $days } days
}
council-admin-age = Age
council-admin-age-value = Turns { $age } this year
council-admin-contact-by = Wants to be contacted by
council-admin-channel-sms = Text message
council-admin-channel-email = E-mail
council-admin-language = Language
council-admin-reason = Why do you want to join?
council-admin-no-reason = (Not filled in)
council-admin-received = Received
council-admin-role = Role
council-admin-role-leader = Chair
council-admin-role-deputy = Deputy chair
council-admin-role-member = Member
council-admin-term-from = Term begins
council-admin-term-to = Term ends
council-admin-term = { $from } – { $to }
council-admin-admit = Admit { $name } as a member
council-admin-decline = Decline the application from { $name }
council-admin-no-applications = No new applications.
council-admin-decided-applications = { $count ->
    [one] One decided application
   *[other] { $count } decided applications
}
council-admin-application-admitted = admitted
council-admin-application-declined = declined
council-admin-admitted = The applicant is now a member. Members log in on the council's page with the mobile number or e-mail address from their application.
council-admin-declined = The application is declined. Let the applicant know in the way they asked to be contacted.
council-admin-admit-conflict = The application has already been decided, or its mobile number or e-mail address belongs to a current member.
council-admin-application-decided = The application has already been decided.
council-admin-role-invalid = Choose a role.
council-admin-date-invalid = Write the date as dd.mm.yyyy.
council-admin-term-order = The term must end after it begins.
council-admin-term-past = The term cannot end before today.
council-admin-no-members = The council has no members now.
council-admin-starts-later = Begins later
council-admin-minor = Under 18: input is approved first
council-admin-change-member = Change the role or term of { $name }
council-admin-save-member = Save role and term for { $name }
council-admin-member-saved = The role and term are saved.
council-admin-end-confirm = Yes, end { $name }'s term now. This cannot be undone.
council-admin-end-term = End { $name }'s term
council-admin-end-confirm-missing = Tick the box to confirm that the term ends now.
council-admin-term-ended = The term has ended. The person is now among the former members and can no longer log in.
council-admin-no-alumni = No former members yet.
council-admin-alumnus-term = Member { $from } – { $to }
council-admin-hearing-draft = Draft
council-admin-hearing-open = Open for input
council-admin-hearing-closed = Deadline passed
council-admin-deadline-at = Deadline: { $when }
council-admin-hearing-counts = Inputs: { $inputs }. Waiting for approval: { $pending }. Without an answer: { $unanswered }.
council-admin-no-hearings = No hearings yet.
council-admin-new-hearing = New hearing
council-admin-new-hearing-hint = The hearing is saved as a draft. Members see it once you publish it.
council-admin-hearing-title = Title
council-admin-question = The question to the council
council-admin-background = Background (optional)
council-admin-deadline = Deadline for input
council-admin-oslo-time-hint = Norwegian time. Write the date as dd.mm.yyyy and the time as hh:mm.
council-admin-date-label = Date
council-admin-time-label = Time
council-admin-create-hearing = Save the hearing as a draft
council-admin-title-missing = Write a title.
council-admin-question-missing = Write the question to the council.
council-admin-too-long = The text is too long. Make it shorter.
council-admin-title-one-line = Write the title on one line.
council-admin-deadline-past = The deadline must be in the future.
council-admin-time-invalid = Write the time as hh:mm, for example 12:00.
council-admin-time-nonexistent = This time does not exist on that day: the clocks go forward from 02:00 to 03:00. Choose another time.
council-admin-time-ambiguous = This time happens twice on that day, because the clocks go back from 03:00 to 02:00. Choose a time before 02:00 or from 03:00.
council-admin-no-meetings = No meetings yet.
council-admin-new-meeting = New meeting
council-admin-meeting-title = Title
council-admin-agenda = Agenda
council-admin-place = Place (optional)
council-admin-meeting-time = Time
council-admin-starts = Starts
council-admin-ends = Ends
council-admin-create-meeting = Save the meeting
council-admin-ends-before-starts = The meeting must end after it starts.
council-admin-minutes-public = The minutes are public
council-admin-plan-hint = Meetings and hearing deadlines appear in the year plan on the public page by themselves. Add other dates here.
council-admin-no-plan-items = No other dates in the year plan.
council-admin-plan-meeting = Meeting
council-admin-plan-hearing_deadline = Deadline for input
council-admin-plan-report_to_committee = Report to the education committee
council-admin-plan-other = Other
council-admin-remove-plan-item = Remove «{ $title }» from the year plan
council-admin-new-plan-item = New date in the year plan
council-admin-kind = What kind of date is it?
council-admin-plan-date = Date
council-admin-plan-title = What happens?
council-admin-add-plan-item = Add to the year plan
council-admin-kind-invalid = Choose what kind of date it is.
council-admin-plan-added = The date is added to the year plan.
council-admin-plan-removed = The date is removed from the year plan.
council-admin-hearing-created = The hearing is saved as a draft. Members see it once you publish it.
council-admin-hearing-saved = The changes to the hearing are saved.
council-admin-hearing-published = The hearing is published. Members can send input until the deadline.
council-admin-draft-hint = This is a draft. Members see the hearing once you publish it.
council-admin-publish-hearing = Publish the hearing to the members
council-admin-inputs = { $count ->
    [one] One input
   *[other] { $count } inputs
}
council-admin-inputs-hint = You always see who wrote each input, also when the name is hidden from the other members. Input without an answer after { $days } days is marked.
council-admin-no-inputs = No input yet.
council-admin-input-by = Input from { $name }
council-admin-name-hidden = Name hidden from other members
council-admin-status = Status
council-admin-status-received = Received
council-admin-status-considering = Being considered
council-admin-status-answered = Answered
council-admin-status-acted_on = Acted on
council-admin-status-not_acted_on = Not acted on
council-admin-approval = Approval
council-admin-approval-pending = Waiting for approval
council-admin-approval-approved = Approved
council-admin-approval-not-needed = Needs no approval (18 or older)
council-admin-waited = Waiting time
council-admin-overdue-tag = More than { $days } days without an answer
council-admin-supports = Support from other members
council-admin-open-reports-label = Unhandled reports about the content
council-admin-public = On the public page
council-admin-yes = Yes
council-admin-no = No
council-admin-hidden-label = Hidden, with the reason
council-admin-withdrawn = Withdrawn
council-admin-answer-label = OT's answer
council-admin-reported = Reported
council-admin-reported-by = Reported by { $name } { $when }
council-admin-handle-report = Mark the report from { $name } as handled
council-admin-approve-input = Approve the input from { $name }
council-admin-approve-comment = Approve the comment from { $name }
council-admin-answer-heading = Answer and status
council-admin-answer = Answer to { $name }
council-admin-answer-hint = { $name } gets a text message or an e-mail, in their language, saying that OT has answered.
council-admin-answer-again-hint = This input has an answer. If you send a new one, { $name } gets a new message.
council-admin-outcome = What does the answer mean for the input?
council-admin-send-answer = Send the answer to { $name }
council-admin-status-change = Change the status without a new answer (no message is sent)
council-admin-save-status = Save the status of the input from { $name }
council-admin-publish-input = Show the input and the answer on the public page, without a name
council-admin-save-publication = Save the choice for the input from { $name }
council-admin-names-warning = The text or OT's answer mentions { $names }. What is published appears on the public page as written. Take the name out of the answer, or confirm below that it may stay.
council-admin-names-confirm = I have checked: { $names } may appear on the public page
council-admin-names-unchecked = Tick that the name may appear on the public page, or take it out of the answer first.
council-admin-hide-heading = Hide the input
council-admin-restore-heading = Show the input again
council-admin-hide-reason = Reason for hiding (the author sees it)
council-admin-restore-reason = Reason for showing it again
council-admin-hide-input = Hide the input from { $name }
council-admin-restore-input = Show the input from { $name } again
council-admin-hide-comment = Hide the comment from { $name }
council-admin-restore-comment = Show the comment from { $name } again
council-admin-comments = { $count ->
    [one] One comment
   *[other] { $count } comments
}
council-admin-comment-by = Comment from { $name }
council-admin-hidden-because = Hidden: { $reason }
council-admin-approved = Approved. The other members see it now.
council-admin-hidden = Hidden from the other members. The author sees the reason.
council-admin-restored = Shown to the members again.
council-admin-status-saved = The status is saved. The member gets no message about it.
council-admin-answered = The answer is saved, and { $name } gets a message now.
council-admin-publication-saved = The choice for the public page is saved.
council-admin-report-handled = The report is marked as handled.
council-admin-reason-missing = Write a reason.
council-admin-answer-missing = Write the answer to the member.
council-admin-outcome-invalid = Choose what the answer means for the input.
council-admin-status-invalid = Choose a status.
council-admin-own-statuses = Own statuses
council-admin-own-statuses-hint = Own statuses stand beside an input's fixed status, for example «Sent to the education committee». The member sees them, and the public page shows them once the input is published. A status taken out of use stays on the inputs that carry it.
council-admin-own-statuses-none = No own statuses are in use.
council-admin-own-statuses-retired = Out of use: { $labels }
council-admin-own-status-label = New status
council-admin-own-status-add = Add status
council-admin-own-status-retire = Take «{ $label }» out of use
council-admin-own-status-added = The status has been added.
council-admin-own-status-retired = The status has been taken out of use.
council-admin-own-status-label-missing = Write the status's name.
council-admin-own-status = Own status
council-admin-own-status-none = No own status
council-admin-own-status-invalid = Choose one of the statuses in the list.
council-admin-status-conflict = Input with an answer can only be answered, acted on or not acted on. Input without an answer can only be received or being considered.
council-admin-answer-conflict = The input has been withdrawn, or the member has neither a mobile number nor an e-mail address.
council-admin-publish-conflict = Only input that is approved, not hidden and not withdrawn can be shown on the public page.
council-admin-statement-heading = The council's statement
council-admin-statement = Statement
council-admin-statement-published = Show the statement on the public page
council-admin-save-statement = Save the statement
council-admin-statement-saved = The statement is saved.
council-admin-statement-missing = Write the statement before you publish it.
council-admin-edit-hearing = Change the hearing
council-admin-save-hearing = Save the changes
council-admin-meeting-created = The meeting is saved. Members see it and can add it to their calendar.
council-admin-meeting-saved = The changes to the meeting are saved.
council-admin-attendance = Attendance
council-admin-present = Present
council-admin-absent = Absent
council-admin-save-attendance = Save the attendance
council-admin-attendance-saved = The attendance is saved.
council-admin-no-attendance = No member had a term when the meeting took place.
council-admin-minutes-heading = Minutes
council-admin-minutes = Minutes of the meeting
council-admin-minutes-published = Show the minutes on the public page
council-admin-save-minutes = Save the minutes
council-admin-minutes-saved = The minutes are saved.
council-admin-minutes-missing = Write the minutes before you publish them.
council-admin-edit-meeting = Change the meeting
council-admin-save-meeting = Save the changes
council-admin-workplace-approvals = { $count ->
    [one] One input is waiting for approval
   *[other] { $count } inputs are waiting for approval
}
council-admin-workplace-comments = { $count ->
    [one] One comment is waiting for approval
   *[other] { $count } comments are waiting for approval
}
council-admin-workplace-reports = { $count ->
    [one] One report about content to look at
   *[other] { $count } reports about content to look at
}
council-admin-workplace-overdue = { $count ->
    [one] One input has waited more than { $days } days for an answer
   *[other] { $count } inputs have waited more than { $days } days for an answer
}
council-admin-workplace-applications = { $count ->
    [one] One new application to the council
   *[other] { $count } new applications to the council
}
council-admin-workplace-link = Everything about the OT council: applications, members, hearings and meetings
numbers-title = Figures
numbers-from = From
numbers-to = To and including
numbers-all-departments = All departments I see
numbers-show = Show the figures
numbers-period-invalid = The dates could not be read, or the period is too long (five years at most). Here are the figures for the school year.
numbers-as-of = The figures cover up to { $when }.
numbers-csv = Download the table (CSV)
numbers-total = Total
numbers-reach-heading = Do we reach them?
numbers-reach-caption = Contact requests sent in the period
numbers-sent = Sent
numbers-answered = Answered
numbers-answer-rate = Share who answered
numbers-median-days = Days to an answer (median)
numbers-p90-days = Days to an answer (9 in 10 within)
numbers-unanswered = Not answered yet
numbers-call-list = On the call list
numbers-withdrawn = Withdrawn
numbers-channel = Channel
numbers-channel-caption = Answers by the channel that reached them
numbers-channel-letter = Letter (the code)
numbers-route = Way in
numbers-route-caption = Answers by the way in
numbers-route-link = Link in a text message or e-mail
numbers-route-letter_code = The code from the letter
numbers-unknown = Unknown
numbers-reminder = Reminders
numbers-reminder-caption = Answers by the number of reminders they had had
numbers-reminder-none = Before a reminder
numbers-reminder-first = After the first reminder
numbers-reminder-second = After the second reminder
numbers-reminder-later = After the third or later
numbers-status-heading = Status codes
numbers-status-caption = The answers and their codes
numbers-confirmed = Code confirmed
numbers-awaiting = Waiting for an advisor to confirm the code
numbers-groups-caption = Confirmed codes by Udir's main groups
numbers-code = Code
numbers-codes-caption = Confirmed codes
numbers-meetings-heading = Conversations and the OT council
numbers-meetings-caption = Conversations
numbers-requests = Requests for a conversation
numbers-meetings-confirmed = Confirmed
numbers-median-hours = Hours to confirmation (median)
numbers-callbacks = Want to be called
numbers-state = Status now
numbers-state-caption = Requests for a conversation by status
numbers-state-requested = Waiting for an answer
numbers-state-confirmed = Confirmed
numbers-state-declined = Declined
numbers-state-expired = Expired
numbers-state-withdrawn = Withdrawn
numbers-state-cancelled = Cancelled
numbers-state-completed = Held
numbers-state-no_show = Did not come
numbers-council-caption = Input to the OT council
numbers-council-received = Received
numbers-council-answered = Answered
numbers-council-waiting = Waiting for an answer
numbers-council-median = Days to an answer (median)
numbers-breakdown-heading = By age, language and office
numbers-age = Age
numbers-age-band = { $band } years
numbers-age-caption = By age at the end of the period
numbers-language = Language
numbers-language-caption = By the language the request was written in
numbers-office-caption = By office
numbers-count-date-heading = Count date
numbers-count-date-caption = Status today and on the last count date, by main group
numbers-today = Today
numbers-at-count-date = { $date }
numbers-no-answer = Have not answered
