# Neste steg — nynorsk.

service-name = Neste steg
skip-to-content = Hopp til innhaldet
menu = Meny
nav-label = Hovudmeny
language-picker = Språk – Language

home-title = Framside
home-heading = Kva vil du gjere?
home-lead = Oppfølgingstenesta (OT) hjelper deg mellom 15 og 24 år som ikkje går på skule eller er i jobb. Her kan du svare OT, lese om rettane dine og bestille ein samtale.
home-no-thanks = Du bestemmer sjølv. Det er heilt greitt å svare «nei takk».

task-answer = Svar OT
task-answer-text = Har du fått ei melding eller eit brev frå OT? Svar her. Det tek eitt minutt.
task-rights = Rettane dine
task-rights-text = Kva du har rett til, og kva OT skal gjere for deg.
task-guardians = For føresette
task-guardians-text = For deg som er forelder eller føresett til ein ungdom under 18 år.
task-booking = Bestill ein samtale
task-booking-text = Vel ei tid som passar deg, på kontoret, på telefon, på video eller på tur.
task-council = OT-rådet
task-council-text = Ungdom som gir OT råd. Les fråsegner, eller sei meininga di.
task-staff = Innlogging for tilsette

contact-heading = Kontakt og kontor
contact-lead = Du kan kontakte OT direkte. Du treng ikkje tilvising.
contact-phone = Telefon:
contact-email = E-post:
contact-opening-hours = Opningstider
weekday = { $day ->
    [1] måndag
    [2] tysdag
    [3] onsdag
    [4] torsdag
    [5] fredag
    [6] laurdag
   *[7] sundag
}

privacy-heading = Personvern
accessibility-heading = Tilgjengeerklæring

planned-text = Denne delen av Neste steg blir laga no. Fram til han er klar, kan du ringje eller skrive til OT.
planned-contact = Sjå telefon og adresse til kontora

not-found-title = Fann ikkje sida
not-found-heading = Vi fann ikkje sida
not-found-text = Lenkja kan vere feil, eller sida kan vere flytta.
not-found-home = Gå til framsida

error-not-found = Vi fann ikkje det du leitte etter.
error-invalid-input = Noko i skjemaet må rettast.
error-conflict = Nokon andre endra dette samstundes. Prøv igjen.
error-internal = Noko gjekk gale hos oss. Prøv igjen om litt. Svara du alt har sendt, er lagra.
error-network = Vi fekk ikkje kontakt med tenaren. Sjekk nettet og prøv igjen.
error-forbidden-origin = Skjemaet kom ikkje frå Neste steg, så vi har ikkje gjort noko. Gå tilbake til sida og prøv igjen.

error-summary-title = Det er noko som må rettast
error-sign-in = Du må logge inn for å sjå denne sida.
error-wrong-credentials = E-postadressa eller passordet er feil.
error-account-disabled = Kontoen din er stengd. Kontakt ein administrator i OT.
error-throttled = For mange forsøk på kort tid. Vent eit kvarter og prøv igjen.

login-title = Logg inn for tilsette
login-email = E-postadresse
login-password = Passord
login-submit = Logg inn
login-email-missing = Skriv inn e-postadressa di.
login-password-missing = Skriv inn passordet ditt.
logout = Logg ut

workplace-title = Arbeidsflate
workplace-greeting = Hei, { $name }
workplace-role = Rolle
workplace-departments = Avdelingar
workplace-whole-county = Heile fylket
role-advisor = Rådgjevar
role-coordinator = Koordinator
role-council_coordinator = Koordinator for OT-rådet
role-administrator = Administrator
workplace-administration = Administrasjon
admin-title = Kontoar for tilsette
admin-new = Ny konto
admin-name = Fullt namn
admin-department = Avdeling
admin-password = Første passord (minst 12 teikn)
admin-create = Opprett konto
admin-created = Kontoen er oppretta. Gi personen passordet på ein trygg måte.
admin-name-missing = Skriv inn det fulle namnet.
admin-email-invalid = Skriv inn ei gyldig e-postadresse, til dømes namn@fylke.no.
admin-email-taken = Det finst alt ein konto med denne e-postadressa.
admin-password-short = Passordet må ha minst 12 teikn.
admin-active = aktiv
admin-disabled = stengd
admin-disable = Steng kontoen til { $name }
admin-enable = Opne kontoen til { $name }
audit-title = Logg over innsyn og endringar
audit-caption = Dei nyaste hendingane først
audit-at = Tidspunkt
audit-by = Kven
audit-action = Kva
audit-subject = Gjeld
audit-system = Systemet (kommandolina)
admin-save = Lagre for { $name }
departments-title = Avdelingar og kontor
department-name = Namn
department-address = Gateadresse
department-postal-code = Postnummer
department-city = Poststad
department-save = Lagre
department-saved = Endringane er lagra og blir viste på kontaktsida.
department-name-missing = Skriv inn namnet på avdelinga.
department-address-missing = Skriv inn gateadressa.
department-postal-code-invalid = Postnummeret må ha fire siffer.
department-city-missing = Skriv inn poststaden.
department-phone-invalid = Skriv inn eit telefonnummer med minst åtte siffer.
