<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>Barcode</name>
    <message>
        <source>The barcode is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A barcode has digits only; &quot;%1&quot; has other characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode %1 has %2 digits; EAN-8, UPC-A, EAN-13 and GTIN-14 have 8, 12, 13 or 14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode %1 has a wrong check digit; it was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardData</name>
    <message>
        <source>The card data names an unknown entry or verification method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number is not valid. Check it and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date must be written MM/YY, like 04/29.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed card data does not have the expected fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardReader</name>
    <message>
        <source>Keyed card entry is not allowed offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was cancelled on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card was presented in time. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal did not read a card. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <source>That line is no longer in the cart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity cannot be more than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is priced in %2, but this register sells in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item before giving a discount on the order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>There is no such product in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU &quot;%1&quot; contains spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product name contains control characters such as line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for 1 to 500 products from a position of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the barcode %1. Check the item, or find it by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category needs a name of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tax class &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode %1 already belongs to the product with SKU %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <source>This line is not valid UTF-8 text. Save the file as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; split it into several files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s currency %1 is not an ISO 4217 code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; split it into several files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is unknown; the columns are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has %1 fields but the header has %2; check for a missing or extra comma, or a comma in a field that is not in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU %1 is already on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax class &quot;%1&quot; is unknown; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode %1 is already on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active column says &quot;%1&quot;; write yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names its columns but has no products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcode %1 belongs to the product with SKU %2, which this file does not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample catalog cannot be loaded (line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charger</name>
    <message>
        <source>Approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not answer, so this payment was approved offline — it will be sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved offline — will be sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome pending: the gateway did not answer. Do not charge the card again; Holdfast will find out whether it went through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway could not be reached, so nothing was charged. Try again or take another form of payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register has no valid sealing key for today. Reconnect to the gateway to fetch new keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>holdfastctl: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connectivity</name>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>This register has no record of that pairing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register is not paired with a gateway yet. Pair it with a device code from the back office (holdfastctl pair).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field starts on this line but its closing quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is text after the closing quote of a field; put the whole field in quotes and double any quote inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field contains a quote but is not itself in quotes; put the field in quotes and write the quote twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Discount</name>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in different currencies cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage discount must be between 0 and 100 percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount is in another currency than the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount (%1) is more than the price (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Envelope</name>
    <message>
        <source>The sealed card data is malformed: it needs exactly kid, enc and ct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment field is empty or contains &apos;|&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpContact</name>
    <message>
        <source>The e-mail address %1 does not look complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address or a phone number (7 to 15 digits).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayClient</name>
    <message>
        <source>The gateway sent an answer Holdfast does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway cannot be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not answer in time (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySchedule</name>
    <message>
        <source>The key schedule from the gateway is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key schedule is not valid yet. Check the date and time of this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key schedule has expired. Connect to the gateway to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key schedule does not cover the coming days, so offline payments could not be sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key schedule is not signed by the gateway this register was paired with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keyring did not answer. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for this device yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused access. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring (Secret Service) is available, so Holdfast cannot keep its credentials safe. Start the keyring (for example gnome-keyring) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The currency is not an ISO 4217 code such as CAD, USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the amount with digits and at most one decimal point, like 12.34.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts have at most %n decimal place(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write the amount with digits and at most one &apos;%1&apos;, like 12%134.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount must be {&quot;amount&quot;: integer minor units, &quot;currency&quot;: ISO 4217 code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in different currencies cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflinePolicy</name>
    <message>
        <source>Offline payments are turned off for this store. Take the payment online or use another form of payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store takes offline payments in %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interac debit cards cannot be used offline. Ask for a credit card or another form of payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This way of reading the card (%1) is not allowed offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline payments are limited to %1 each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register already holds as much in offline payments as it may (%1 in all). Reconnect to upload them before taking more offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This register already holds %n offline payment(s), the most it may. Reconnect to upload them before taking more offline.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The oldest offline payment is more than %n hour(s) old. Reconnect to upload it before taking more offline.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This register has no valid sealing key for today, so it cannot store card data safely. Reconnect to the gateway to fetch new keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineSettings</name>
    <message>
        <source>The offline settings from the gateway are malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <source>The order state is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card status is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>There is no such sale on this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale is already paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale on this register has that card payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item before taking payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale needs a location, a register and a signed-in cashier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift has ended; open a new one to sell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card payment has no valid reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A declined or voided card payment does not pay for anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card payment is already recorded on a sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card payment (%1 ending %2) is still on this sale; void it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairAnswer</name>
    <message>
        <source>The terminal&apos;s pairing answer is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>The payment mode must be ONLINE or OFFLINE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment needs exactly localId, locationId, registerId, amount, createdAt, envelope, entryMethod, brand, last4 and mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The localId must be a lower-case UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locationId or registerId is not a valid identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand or last4 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The createdAt must be milliseconds since the epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entryMethod or mode is not one Holdfast knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered with an unknown payment status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s answer for a payment is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentAnswer</name>
    <message>
        <source>The terminal reported an unknown payment result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s payment answer has no valid result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s CARD_READ answer lacks valid card fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s NOT_ALLOWED_OFFLINE answer lacks a valid reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s payment answer has unexpected members.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentRequest</name>
    <message>
        <source>The payment request must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment request lacks &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment request has an unknown member &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saleId must be 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The localId must be a lower-case UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locationId or registerId is not a valid identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The createdAt must be milliseconds since the epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key must be {&quot;kid&quot;,&quot;pub&quot;} with a valid kid and a 32-byte base64url public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline member must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allowedEntryMethods must list one to four entry methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allowedEntryMethods may only hold CHIP, CONTACTLESS, SWIPE and KEYED, once each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeoutMs must be a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <source>Unknown payment status. Use QUEUED, UPLOADED, PROCESSED, FAILED_TO_PROCESS, FAILED_TO_UPLOAD or VOIDED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded, awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown processing mode. Use ONLINE_ONLY, OFFLINE_ONLY or AUTO_DETECT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow offline (auto)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentStore</name>
    <message>
        <source>There is no payment with that reference on this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is incomplete and was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment with this reference is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment changed meanwhile; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment&apos;s history in the vault is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinHasher</name>
    <message>
        <source>The PIN could not be checked because of an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyCache</name>
    <message>
        <source>This register has not received its offline settings from the gateway yet, so it cannot take payments offline. Connect to the gateway once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register has no sealing keys from the gateway yet. Connect to the gateway once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptBuilder</name>
    <message>
        <source>%1 ending %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved offline — pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined after the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined after the sale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided — not charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOIDED — nothing was charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescueFile</name>
    <message>
        <source>A payment in the rescue file is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the rescue file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Holdfast rescue file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rescue file was written by another version of Holdfast (format %1); this register reads format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rescue file is damaged (its checksum does not match). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rescue file has an invalid payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rescue file holds a payment that differs from the one this register has under the same reference. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rescue file holds payments of location %1, but this register is not paired with it. Pair it with that location first. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sale</name>
    <message>
        <source>The terminal reported an unknown sale state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s sale record is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesSettings</name>
    <message>
        <source>Holdfast store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store needs a name for its receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The taxes of this location are not set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftReporter</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) are still open: finish or cancel them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline card payment(s) totalling %1 are not uploaded yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The first must upload within %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline payment has passed its upload deadline and may not be paid. Restore the connection and contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card payment(s) of this shift, totalling %1, have no final answer yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline card payment(s), totalling %1, were declined after the sale; %2 without a customer contact.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftStore</name>
    <message>
        <source>There is no such staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift belongs to a register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift is already open on this register; end it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>A role is CASHIER or MANAGER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the offline mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type in a card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void a card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair the register with a gateway or a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffStore</name>
    <message>
        <source>There is no such staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN key in the system keyring is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN key is missing from the system keyring, so no PIN can be checked. Restore the keyring, or contact support to reset the staff list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff member needs a name of 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff already exist; a manager adds new staff after signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs for %1. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The stored PIN of %1 is unreadable; a manager must reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many wrong PINs: %1 is locked out for %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active manager; add another manager first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>The terminal reported an unknown state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s status is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s battery level is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s status names a malformed saleId.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreDatabase</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the sales database at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales database is damaged (%1). Do not delete it: contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales database cannot use write-ahead logging here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales database could not be made durable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales database was written by a newer version of Holdfast (schema %1). Install that version again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s disk is full, so nothing was saved. Free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not write to its disk, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales database is busy in another program. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales database is damaged. Contact support; do not delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales database refused a change that would break its rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxRules</name>
    <message>
        <source>Amounts in different currencies cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax mode must be &quot;exclusive&quot; or &quot;inclusive&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tax needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are two taxes named %1; names must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate of %1 must be between 0 and 100 percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applies to no tax class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applies to the unknown tax class &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With tax-inclusive prices, the tax class &quot;%1&quot; can carry only one tax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rules are not in the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tendering</name>
    <message>
        <source>The payment is in another currency than the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is left to pay on this sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card payment cannot be more than the %1 left to pay; only cash can.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalDriver</name>
    <message>
        <source>The terminal&apos;s answer is not what Holdfast expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device at %1 is not the terminal this register was paired with: its certificate changed. If the terminal was replaced or reset, remove the pairing and pair it again; otherwise call for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal at %1 cannot be reached. Check that it is on and on the store&apos;s network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal at %1 did not answer in time. Check that it is on and on the store&apos;s network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the terminal at %1 was lost before it answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal no longer accepts this register (it was paired with another one, or reset). Pair it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing code is wrong or was already used. Check the code the terminal shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing code has expired. Ask the terminal for a new code and pair again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal is busy with another sale. Finish or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal already had this sale with different details; start the payment again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal failed to handle the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal answered in a way Holdfast does not understand (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s answer is not the JSON Holdfast expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interac debit cannot be taken while the store is offline. Ask for a credit card or another tender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This way of reading the card is not allowed now. Ask the customer to insert or tap the card instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal refused this card. Ask for another tender.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalMonitor</name>
    <message>
        <source>Not paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalPairing</name>
    <message>
        <source>The terminal pairing file %1 cannot be read. Pair the terminal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal pairing cannot be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal pairing file %1 cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>A payment in the vault has unreadable fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the payment vault at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment vault is damaged (%1). Do not delete it: contact support, who can recover the queued payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment vault cannot use write-ahead logging here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment vault could not be made durable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment vault was written by a newer version of Holdfast (schema %1). Install that version again; the queued payments are safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s disk is full, so nothing was saved. Free some space, or take another form of payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not write to its disk, so nothing was saved. Check the disk, or take another form of payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment vault is busy in another program. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment vault is damaged. Contact support; do not delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment vault refused a change that would break its rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment vault failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>base64url</name>
    <message>
        <source>The data is not valid unpadded base64url text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cardseal</name>
    <message>
        <source>The sealed card data belongs to another key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crypto</name>
    <message>
        <source>The signing key is not an Ed25519 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cryptographic operation failed unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not a valid 32-byte key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::RegisterCore</name>
    <message>
        <source>This payment is %1 and can no longer be voided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::RegisterEngine</name>
    <message>
        <source>%1 can no longer use this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how taxes work in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the store&apos;s name; it is printed on every receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open on this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card payment is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment terminal is paired with this register. A manager can pair one, or key the card in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card payment was taken (reference %1), but the sale could not record it: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::terminal::HoldfastTerminalDriver</name>
    <message>
        <source>No payment terminal is paired with this register. Pair one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal address must look like https://192.168.1.40:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the pairing code the terminal shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s certificate is not the one it reports. Pairing was stopped; check the network between the register and the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saleId is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment is already in progress on the terminal. Wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s payment answer is not what Holdfast expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal did not say what became of sale %1. Do not take another card for it: ask the terminal again once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal has no record of this sale, so no card was read. Try the payment again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CartModel</name>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount −%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CartPanel</name>
    <message>
        <source>− Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item discount (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale discount (Shift+F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One fewer of the selected item (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more of the selected item (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is not ready to sell yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1 (F12)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CatalogPanel</name>
    <message>
        <source>Search products or type a barcode (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories (Ctrl+Page Up, Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 products: type to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::DiscountDialog</name>
    <message>
        <source>&amp;Percentage off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a percentage such as 10 or 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::FirstRunPage</name>
    <message>
        <source>Create the manager and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Holdfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up this register. The first person is a manager, who can then add cashiers, pair the register with the gateway and the payment terminal, and import the catalog. A sample catalog is loaded to start with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Québec: GST 5% + QST 9.975% added to prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontario: HST 13% added to prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT 20% included in prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ. Type the PIN twice again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::KeyedCardDialog</name>
    <message>
        <source>Key in a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the card number and expiry for %1. They are sealed at once and never stored or shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry (MM/YY):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the card number and the expiry as MM/YY.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::LinkIndicator</name>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MainWindow</name>
    <message>
        <source>Opening the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdfast register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register cannot open its data:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit with payments waiting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card payment(s) (%1) have not reached the gateway yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>While Holdfast is closed they are sent only if the holdfastctl sync service runs. Their deadline does not wait. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They keep uploading while the register runs; the next person to sign in sees the reminder. Sign out anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift is closed. The next sign-in opens a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;more of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;fewer of the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item discount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sale discount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card processing &amp;mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding &amp;payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End of shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair &amp;devices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Holdfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. Fix these lines and import again:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog imported: %1 new, %2 updated, %3 new categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register uses the new language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Holdfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Holdfast %1&lt;/h3&gt;&lt;p&gt;A point of sale that keeps taking card payments while the internet is down: card data is sealed at once, kept in a crash-safe queue, and sent when the connection returns.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ModeIndicator</name>
    <message>
        <source>The processing mode for card payments. Managers change it here (Ctrl+M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OfflineModeDialog</name>
    <message>
        <source>Card processing mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a card is presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every card is authorised by the gateway while the customer waits. If the internet is down, cards cannot be taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online while the gateway answers quickly; otherwise the card is approved offline, within the limits below, and sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every card is approved offline and queued, even when online (for sporadic connections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can change the offline mode. %1 is signed in as a cashier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline limits:&lt;/b&gt; not known yet — the register has not reached the gateway since it was paired. Until it does, no card can be approved offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline payments are not allowed at this location&lt;/b&gt; (the back office decides). Allow offline and Force offline will refuse cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline limits at this location&lt;/b&gt; (set by the back office):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• At most %1 per payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• At most %1 waiting in all (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• At most %1 payments waiting (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• No new offline payment once the oldest waiting one is %n hour(s) old</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• Each must reach the gateway within %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>• Interac debit cards are never taken offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OutageSwitch</name>
    <message>
        <source>Simulate internet outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo only: cuts the register&apos;s link to the gateway (and restores it), so you can see offline payments queue and then upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to the gateway is cut. Click to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to the gateway works. Click to cut it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outage control did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PairingDialog</name>
    <message>
        <source>Pair devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway (back office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair with the &amp;gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminal address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair with the &amp;terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired. Keys and offline limits are fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired with the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PaymentQueueModel</name>
    <message>
        <source>%1 •••• %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PinPad</name>
    <message>
        <source>Sign in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ProductGrid</name>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ProductListModel</name>
    <message>
        <source>%1 — %2 (SKU %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::QueueDialog</name>
    <message>
        <source>&amp;Void selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payments on this register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding (not settled yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload all now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload &amp;selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can void a card payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to upload (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nearest deadline in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading every waiting payment now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the payments to upload first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n payment(s) now…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select one payment to void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void this payment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void %1 on %2 •••• %3? The customer will not be charged (or will be refunded). This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was voided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReceiptDialog</name>
    <message>
        <source>Receipt — sale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReminderBanner</name>
    <message>
        <source>Show payments (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReminderNotifier</name>
    <message>
        <source>Holdfast register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdfast: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::SalePage</name>
    <message>
        <source>Taxes are not set up yet, so nothing can be sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is empty: add items first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 paid. Last receipt: Ctrl+R.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale cancelled. The items are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale has been paid yet on this screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ShiftReportDialog</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;End the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything is settled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can end the shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards, online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards, offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  of which still pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  of which declined after the sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cash in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline payments waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest upload deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the shift anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some payments or sales are not settled (see the warning). They stay on this register and keep uploading. End the shift anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift is still open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::SignInPage</name>
    <message>
        <source>Who is at the register?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick your name (arrow keys), then type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register locked while %1 was away. Type a PIN to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick your name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN (4–8 digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new PIN for the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone, or set a new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new PIN works from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::TenderDialog</name>
    <message>
        <source>Card on terminal (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key in card (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment — sale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to pay now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to pay now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower it to split the payment between cards or cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does the customer pay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take cash (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel card (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com or 514 555 0199</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the customer&apos;s e-mail or phone, in case the bank declines this payment later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 · paid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payments: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every card is approved offline and sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway is offline, so cards are approved offline within the limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway is offline, so card payments cannot go through. Take cash, or ask a manager to allow offline payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash taken. The sale is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash taken. %1 is still due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing the card and charging %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to tap, insert or swipe their card on the terminal for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ending %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling on the terminal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this sale?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already paid on this sale. Cancel it anyway? Give back any cash taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled at the register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfastctl</name>
    <message>
        <source>Pair this register with a gateway location using a one-time device code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue counts and totals, nearest deadline, reminder level, reachability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a card payment. Exit 0 approved (online or offline), 3 declined, 4 refused by policy, 5 outcome pending. --keyed reads &quot;PAN MM/YY&quot; from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List payments of this location, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload queued payments and collect outcomes now; --watch keeps doing so (a background service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a payment; one the gateway already processed is refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write queued (sealed) payments to a rescue file, safe to carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the payments of a rescue file on this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: holdfastctl [--data DIR] [--json] COMMAND [OPTIONS]

The Holdfast register without a screen.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Global options:
  --data DIR   the register&apos;s data folder (default: %1)
  --json       machine-readable output
  --help       this text; COMMAND --help shows a command&apos;s options
  --version    the version

Exit codes: 0 success, 1 failure, 2 usage error, 3 declined, 4 refused by policy, 5 outcome pending.
Secrets (gateway tokens, terminal secrets) are kept in the system keyring (Secret Service).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holdfastctl: unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the card from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the card as &quot;PAN MM/YY&quot; on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register %1 (%2) of location %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest upload deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount, like 12.34, tip included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online, offline or auto (default: the register&apos;s mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &quot;PAN MM/YY&quot; from standard input instead of the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of AMOUNT that is a tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order (sale) this pays for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a card payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holdfastctl charge: give exactly one AMOUNT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holdfastctl charge: --mode is online, offline or auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment terminal is paired with this register. Pair one with holdfastctl terminal pair, or use --keyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero and cover the tip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only payments in this status (QUEUED, UPLOADED, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N payments (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holdfastctl queue: --limit is a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (past its deadline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment&apos;s local reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holdfastctl void: give exactly one LOCALID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s address, e.g. https://pay.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time device code from the back office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to call this register (default: Register).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair this register with a gateway location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holdfastctl pair: --gateway and --code are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired as register %1 of location %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway signing key (pinned): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 It will be fetched again when the gateway is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running: upload whenever the gateway is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload queued payments now and collect their outcomes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Holdfast program (pid %1) is uploading this register&apos;s payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded %1, approved %2, declined %3, refused %4; %5 still outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the rescue file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holdfastctl export: give exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 queued payment(s) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rescue file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holdfastctl import: give exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 payment(s); %2 were already here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hpke</name>
    <message>
        <source>The sealed data cannot be opened: it was altered or sealed for another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many messages were sealed with one context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested secret length is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jws</name>
    <message>
        <source>The signed document is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not signed with EdDSA as Holdfast requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the trusted signing key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifecycle</name>
    <message>
        <source>A payment that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Holdfast register: sales, card payments that survive an internet outage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the register&apos;s data in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a &quot;Simulate internet outage&quot; switch driving the fault proxy&apos;s control channel at URL (POST /cut, /restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use LANG (en, fr_CA, es) instead of the saved setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holdfast: --demo-outage-control needs an http://HOST:PORT address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holdfast: cannot create the data folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pairing</name>
    <message>
        <source>A device code looks like K7QF-2M9X: letters and digits in groups separated by dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway sent the settings of another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) being sent to the gateway.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n payment(s) (%1) waiting to upload. %2 left to reconnect.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnect soon: %n payment(s) (%1) must upload within %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload deadline passed: %n payment(s) (%1) may be declined. Reconnect now and call the office.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
