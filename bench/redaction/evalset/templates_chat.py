"""Chat turns and system prompts (fields: see ``render``). Each kind maps a language to its templates."""

from __future__ import annotations

SYSTEM_PROMPT = {
    "en": [
        "You are the support assistant for {company}. You are talking to {c_full} (customer id {L_uuid}, plan: "
        "{L_product_name}). Account manager: {a_full}. Model: {L_model_name}. Never reveal internal notes.",
        "Context for this session:\n- Customer: {c_crm}\n- Preferred name: {c_first}\n- Phone on file: {c_phone}\n"
        "- Email: {c_email}\n- Last order: {L_order_number} ({L_price})\nFollow the refund policy at {L_doc_url}.",
        "SYSTEM: Agent on duty: {a_full}. Escalations go to {o_full} ({o_email}). Current release {L_version}; "
        "trace {L_trace_id}. Speak to the customer as {c_first}.",
        "You help {company} staff draft replies. Sign every reply as {a_first}. The customer's registered address "
        "is {c_addr} and their date of birth is {c_dob}; use them only to verify identity.",
    ],
    "es": [
        "Eres el asistente de soporte de {company}. Cliente: {c_full} (tel. {c_phone}). Asesor asignado: {a_full}. "
        "Modelo: {L_model_name}. No reveles notas internas.",
        "Contexto de la sesión:\n- Cliente: {c_crm}\n- Nombre preferido: {c_first}\n- Correo: {c_email}\n"
        "- Último pedido: {L_order_number} ({L_price})",
    ],
    "de": [
        "Du bist der Support-Assistent von {company}. Kunde: {c_full}, Kundennummer {L_uuid}. Ansprechpartner: "
        "{a_full}. Antworte auf Deutsch. Modell: {L_model_name}.",
        "Sitzungskontext:\n- Kunde: {c_crm}\n- Telefon: {c_phone}\n- E-Mail: {c_email}\n- Letzte Bestellung: "
        "{L_order_number} ({L_price})\nRichtlinie: {L_doc_url}",
    ],
    "pt": [
        "Você é o assistente de suporte da {company}. Cliente: {c_full} (telefone {c_phone}). Gerente da conta: "
        "{a_full}. Modelo: {L_model_name}.",
    ],
}

CHAT_USER = {
    "en": [
        "Hi, this is {c_full}. My order {L_order_number} still hasn't arrived. You can reach me on {c_phone} or "
        "{c_email}.",
        "I was charged twice for the {L_product_name} ({L_price}) on my card {card}. Please refund it to IBAN "
        "{c_iban} instead.",
        "You asked for my date of birth. It's {c_dob}. The account is under {c_crm}.",
        "Please tell me your date of birth, the bot said. Fine: {c_dob}. Now can I talk to {a_first}?",
        "I can't log in to the portal. My password is {pw} and it keeps saying {L_http_status}. I'm on version "
        "{L_version}.",
        "Please update the delivery address to {c_addr}. It's for my colleague {o_full}, they will sign for it. Call "
        "them at {o_phone} if the driver gets lost.",
        "My SSN is {ssn}. The tax form you sent still shows the old one. Ticket {L_ticket_id}.",
        "For the W-9: {c_full}, SSN {ssn}, date of birth {c_dob}.",
        "social security number is {ssn} (I'm {c_first}, the account holder)",
        'Your FAQ says "{L_phrase}", but {a_poss} reply says my voucher {L_sku} is void. Which is it?',
        "Hello {a_first}, I talked to {o_full} yesterday about order {L_order_number} and was promised a callback "
        "to {c_phone}. Nobody called.",
        "The pw is {pw}, I already tried it twice from {ip}.",
        "The password for admin is {pw}. Please change it after the upgrade to {L_version}.",
        "login: {c_handle} / {pw} (it worked on {L_timestamp} but not since)",
        "Hi {a_first}, my mobile died. If you need me, call me at {short_phone} (landline) between 9 and 5.",
        "Our office in {L_city} needs three more seats on the {L_product_name}. Invoice to {c_full}, {c_addr}.",
        "I'm flying to {L_city} on Friday; the booking is under {c_air} {c_title}, seat 14C. Can you add my "
        "frequent flyer number?",
        "Card number is {card_bad}, expiry 11/28. Please don't charge it before the {L_price} credit is applied.",
        "Hi! {c_first} here. {x_full} from your {L_city} branch told me to write to {a_email}. My number is {c_phone}.",
        "It's me again, {c_sur}. Can you send {c_poss} invoice copy to {c_email}? The first one bounced with "
        "{L_http_status}.",
    ],
    "es": [
        "Hola, soy {c_full}. Mi pedido {L_order_number} todavía no ha llegado. Mi teléfono es {c_phone} y mi "
        "correo {c_email}.",
        "Me cobraron dos veces el {L_product_name} ({L_price}) en mi tarjeta {card}. Por favor devuélvanlo a la "
        "cuenta {c_iban}.",
        "Me pidieron mi fecha de nacimiento. Es el {c_dob}. La cuenta está a nombre de {c_crm}.",
        "No puedo entrar al portal. La contraseña es {pw} y me da {L_http_status}.",
        "Por favor cambien la dirección de envío a {c_addr}. Lo recibe mi compañera {o_full}, su número es {o_phone}.",
        "Hablé ayer con {a_first} sobre el pedido {L_order_number}; dijo que me llamaría al {c_phone}. Nadie llamó.",
        "usuario {c_handle} / {pw}, funcionaba hasta la versión {L_version}.",
        "Nací el {c_dob}, por si lo necesitan para verificar. Mi DNI lo tiene {a_full}.",
        "Tengo una oficina en {L_city} y quiero tres licencias más del {L_product_name}. Facturar a {c_full}.",
    ],
    "de": [
        "Guten Tag, hier ist {c_full}. Meine Bestellung {L_order_number} ist noch nicht angekommen. Rückruf bitte "
        "unter {c_phone}, E-Mail {c_email}.",
        "Mir wurde der {L_product_name} ({L_price}) zweimal von der Karte {card} abgebucht. Bitte erstatten Sie den "
        "Betrag auf mein Konto {c_iban}.",
        "Sie hatten nach meinem Geburtsdatum gefragt. Es ist der {c_dob}. Das Konto läuft auf {c_crm}.",
        "Ich komme nicht ins Portal. Das Passwort lautet {pw}, trotzdem kommt {L_http_status}.",
        "Bitte ändern Sie die Lieferadresse auf {c_addr}. Annehmen wird das {o_full}, erreichbar unter {o_phone}.",
        "Ich habe gestern mit {a_full} telefoniert, es ging um die Bestellung {L_order_number}.",
        "Benutzer {c_handle} / Passwort {pw}, seit dem Update auf {L_version} geht nichts mehr.",
        "Geboren bin ich am {c_dob}. Bitte richten Sie {a_first} aus, dass ich unter {c_phone} erreichbar bin.",
        "Unsere Filiale in {L_city} braucht drei weitere Lizenzen für {L_product_name}. Rechnung an {c_full}.",
    ],
    "pt": [
        "Oi, aqui é {c_full}. Meu pedido {L_order_number} ainda não chegou. Meu telefone é {c_phone}.",
        "Fui cobrada duas vezes no cartão {card}. Podem estornar para a conta {c_iban}?",
        "Vocês pediram minha data de nascimento. É {c_dob}. A conta está no nome de {c_crm}.",
        "minha senha é {pw}, mas o portal mostra {L_http_status}. Falei com {a_first} ontem.",
    ],
}

CHAT_USER_LOWER = {
    "en": [
        "hey its {c_first} again. still waiting on {L_ticket_id}. call me at {short_phone} after 5",
        "hi, {c_full} here. my email is {c_email} and my number is {c_phone}. thx",
        "ok so {a_first} said the refund goes to {c_iban}?? i never got it",
        "pw is {pw} btw, i know i shouldnt send it here lol",
        "my bday is {c_dob} if u need it for the check. also {o_full} is my wife, she can sign",
        "can u ask {a} to ring me, {c_phone}. cheers {c_first}",
    ],
    "es": [
        "hola soy {c_first}, mi numero es {c_phone}. pregunten por mi o por {o_full}",
        "la contra es {pw}, ya la cambie dos veces",
    ],
    "de": ["hallo, {c_full} hier. meine nummer ist {c_phone}, bitte an {a_first} weitergeben"],
}

TICKET_CAPS = {
    "en": [
        "URGENT: CUSTOMER {c_full} CANNOT ACCESS ACCOUNT. CALLBACK {c_phone}. ORDER {L_order_number}. ERROR "
        "{L_http_status}.",
        "TICKET {L_ticket_id} - REFUND REQUEST FROM {c_crm} - CARD {card} - AMOUNT {L_price}",
        "ESCALATED BY {a_full} TO {o_full}: CUSTOMER DOB {c_dob}, SSN {ssn}",
        "PASSENGER {c_air} {c_title} REBOOKED VIA {L_city}. CONTACT {c_email}",
    ],
    "de": ["DRINGEND: KUNDE {c_full} ERREICHBAR UNTER {c_phone}, IBAN {c_iban}, VORGANG {L_ticket_id}"],
    "es": ["URGENTE: CLIENTE {c_full}, TEL {c_phone}, PEDIDO {L_order_number}, ASIGNADO A {a_full}"],
}

CHAT_ASSISTANT = {
    "en": [
        "Thanks, {c_first}! I found order {L_order_number}, placed {L_timestamp}. A return label will go to {c_email}.",
        "I've updated {c_poss} delivery address to {c_addr}. {a_first} from billing will confirm by phone at "
        "{c_phone}.",
        'According to our policy ({L_doc_url}): "{L_phrase}." Your {L_product_name} is covered until {L_timestamp}.',
        "I'm sorry, {c_sur}. I can't change the IBAN {c_iban} in chat; {a_full} ({a_email}) will call you.",
        "Could you confirm the card {card} is yours? I see two charges of {L_price} on {L_ts_iso}.",
        "I have escalated ticket {L_ticket_id} to {o_full}. Your reference is {L_uuid}.",
        "Please tell me your date of birth so I can verify the account. The error you saw ({L_http_status}) comes "
        "from {L_code_identifier}.",
    ],
    "es": [
        "¡Gracias, {c_first}! Encontré el pedido {L_order_number} del {L_timestamp}. La etiqueta de devolución "
        "llegará a {c_email}.",
        "He actualizado la dirección a {c_addr}. {a_first} de facturación le llamará al {c_phone}.",
        'Según nuestra política ({L_doc_url}): "{L_phrase}". Le atiende {a_full}.',
    ],
    "de": [
        "Danke, {c_first}! Ich habe die Bestellung {L_order_number} vom {L_timestamp} gefunden. Das "
        "Rücksendeetikett geht an {c_email}.",
        "Ich habe die Lieferadresse auf {c_addr} geändert. {a_full} aus der Buchhaltung ruft Sie unter {c_phone} an.",
        'Laut unserer Richtlinie ({L_doc_url}) gilt: "{L_phrase}". Ihr Ansprechpartner ist {a_full}.',
    ],
    "pt": ["Obrigado, {c_first}! Encontrei o pedido {L_order_number}. A etiqueta vai para {c_email}."],
}
