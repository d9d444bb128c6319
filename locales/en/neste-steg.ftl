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

planned-text = This part of Neste steg is being built. Until it is ready, you can call or write to OT.
planned-contact = See the offices' phone numbers and addresses

not-found-title = Page not found
not-found-heading = We could not find that page
not-found-text = The link may be wrong, or the page may have moved.
not-found-home = Go to the front page

error-not-found = We could not find what you were looking for.
error-invalid-input = Something in the form needs to be fixed.
error-conflict = Someone else changed this at the same time. Please try again.
error-internal = Something went wrong on our side. Please try again in a little while. The answers you already sent are saved.
error-network = We could not reach the server. Check your connection and try again.
error-forbidden-origin = The form did not come from Neste steg, so nothing was changed. Go back to the page and try again.

error-summary-title = There is a problem
error-sign-in = You need to sign in to see this page.
error-wrong-credentials = The email address or the password is wrong.
error-account-disabled = Your account is closed. Contact an administrator at OT.
error-throttled = Too many attempts in a short time. Wait a quarter of an hour and try again.

login-title = Staff sign-in
login-email = Email address
login-password = Password
login-submit = Sign in
login-email-missing = Enter your email address.
login-password-missing = Enter your password.
logout = Sign out

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
admin-password = First password (at least 12 characters)
admin-create = Create account
admin-created = The account has been created. Give the person the password in a safe way.
admin-name-missing = Enter the full name.
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
