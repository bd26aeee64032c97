<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Barcode</name>
    <message>
        <source>The barcode is empty.</source>
        <translation>El código de barras está vacío.</translation>
    </message>
    <message>
        <source>A barcode has digits only; &quot;%1&quot; has other characters.</source>
        <translation>Un código de barras solo tiene dígitos; «%1» tiene otros caracteres.</translation>
    </message>
    <message>
        <source>The barcode %1 has %2 digits; EAN-8, UPC-A, EAN-13 and GTIN-14 have 8, 12, 13 or 14.</source>
        <translation>El código de barras %1 tiene %2 dígitos; EAN-8, UPC-A, EAN-13 y GTIN-14 tienen 8, 12, 13 o 14.</translation>
    </message>
    <message>
        <source>The barcode %1 has a wrong check digit; it was probably mistyped.</source>
        <translation>El dígito de control del código de barras %1 es incorrecto; probablemente se escribió mal.</translation>
    </message>
</context>
<context>
    <name>CardData</name>
    <message>
        <source>The card data names an unknown entry or verification method.</source>
        <translation>Los datos de la tarjeta indican un modo de lectura o de verificación desconocido.</translation>
    </message>
    <message>
        <source>The card number is not valid. Check it and enter it again.</source>
        <translation>El número de tarjeta no es válido. Revíselo e introdúzcalo de nuevo.</translation>
    </message>
    <message>
        <source>The expiry date must be written MM/YY, like 04/29.</source>
        <translation>La fecha de caducidad se escribe MM/AA, como 04/29.</translation>
    </message>
    <message>
        <source>The sealed card data does not have the expected fields.</source>
        <translation>Los datos de tarjeta sellados no tienen los campos esperados.</translation>
    </message>
</context>
<context>
    <name>CardReader</name>
    <message>
        <source>Keyed card entry is not allowed offline.</source>
        <translation>No se permite introducir una tarjeta a mano sin conexión.</translation>
    </message>
    <message>
        <source>The payment was cancelled on the terminal.</source>
        <translation>El pago se canceló en el terminal.</translation>
    </message>
    <message>
        <source>No card was presented in time. Try again.</source>
        <translation>No se presentó ninguna tarjeta a tiempo. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The terminal did not read a card. Try again.</source>
        <translation>El terminal no leyó ninguna tarjeta. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <source>That line is no longer in the cart.</source>
        <translation>Esa línea ya no está en la cesta.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>La cantidad debe ser al menos 1.</translation>
    </message>
    <message>
        <source>The quantity cannot be more than %1.</source>
        <translation>La cantidad no puede superar %1.</translation>
    </message>
    <message>
        <source>%1 is no longer sold.</source>
        <translation>%1 ya no se vende.</translation>
    </message>
    <message>
        <source>%1 is priced in %2, but this register sells in %3.</source>
        <translation>%1 tiene el precio en %2, pero esta caja vende en %3.</translation>
    </message>
    <message>
        <source>Add an item before giving a discount on the order.</source>
        <translation>Añada un artículo antes de hacer un descuento en la venta.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>There is no such product in the catalog.</source>
        <translation>Ese producto no existe en el catálogo.</translation>
    </message>
    <message>
        <source>The SKU is empty.</source>
        <translation>El SKU está vacío.</translation>
    </message>
    <message>
        <source>The SKU is longer than %1 characters.</source>
        <translation>El SKU tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The SKU &quot;%1&quot; contains spaces.</source>
        <translation>El SKU «%1» contiene espacios.</translation>
    </message>
    <message>
        <source>The product name is empty.</source>
        <translation>El nombre del producto está vacío.</translation>
    </message>
    <message>
        <source>The product name is longer than %1 characters.</source>
        <translation>El nombre del producto tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The product name contains control characters such as line breaks.</source>
        <translation>El nombre del producto contiene caracteres de control, como saltos de línea.</translation>
    </message>
    <message>
        <source>Ask for 1 to 500 products from a position of 0 or more.</source>
        <translation>Pida de 1 a 500 productos a partir de una posición de 0 o más.</translation>
    </message>
    <message>
        <source>No product has the barcode %1. Check the item, or find it by name.</source>
        <translation>Ningún producto tiene el código de barras %1. Revise el artículo o búsquelo por su nombre.</translation>
    </message>
    <message>
        <source>A category needs a name of 1 to %1 characters.</source>
        <translation>Una categoría necesita un nombre de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>The price must be zero or more.</source>
        <translation>El precio debe ser cero o más.</translation>
    </message>
    <message>
        <source>There is no tax class &quot;%1&quot;.</source>
        <translation>No existe la clase de impuesto «%1».</translation>
    </message>
    <message>
        <source>The barcode %1 is listed twice.</source>
        <translation>El código de barras %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>The barcode %1 already belongs to the product with SKU %2.</source>
        <translation>El código de barras %1 ya pertenece al producto con SKU %2.</translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <source>This line is not valid UTF-8 text. Save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>Esta línea no es texto UTF-8 válido. Guarde el archivo como «CSV UTF-8».</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; split it into several files.</source>
        <translation>%1 supera los %2 MiB; divídalo en varios archivos.</translation>
    </message>
    <message>
        <source>The store&apos;s currency %1 is not an ISO 4217 code.</source>
        <translation>La moneda de la tienda, %1, no es un código ISO 4217.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; split it into several files.</source>
        <translation>El archivo supera los %1 MiB; divídalo en varios archivos.</translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation>El archivo está vacío; la primera línea debe nombrar las columnas.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is unknown; the columns are %2.</source>
        <translation>La columna «%1» es desconocida; las columnas son %2.</translation>
    </message>
    <message>
        <source>The column %1 appears twice.</source>
        <translation>La columna %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>The column %1 is missing.</source>
        <translation>Falta la columna %1.</translation>
    </message>
    <message>
        <source>This line has %1 fields but the header has %2; check for a missing or extra comma, or a comma in a field that is not in quotes.</source>
        <translation>Esta línea tiene %1 campos, pero la cabecera tiene %2; busque una coma que falte o sobre, o una coma en un campo que no está entre comillas.</translation>
    </message>
    <message>
        <source>The SKU %1 is already on line %2.</source>
        <translation>El SKU %1 ya está en la línea %2.</translation>
    </message>
    <message>
        <source>The category is empty.</source>
        <translation>La categoría está vacía.</translation>
    </message>
    <message>
        <source>The price &quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer el precio «%1»: %2</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>El precio no puede ser negativo.</translation>
    </message>
    <message>
        <source>The tax class &quot;%1&quot; is unknown; use one of %2.</source>
        <translation>La clase de impuesto «%1» es desconocida; use una de %2.</translation>
    </message>
    <message>
        <source>The barcode %1 is already on line %2.</source>
        <translation>El código de barras %1 ya está en la línea %2.</translation>
    </message>
    <message>
        <source>The active column says &quot;%1&quot;; write yes or no.</source>
        <translation>La columna active dice «%1»; escriba yes o no.</translation>
    </message>
    <message>
        <source>The file names its columns but has no products.</source>
        <translation>El archivo nombra sus columnas pero no tiene productos.</translation>
    </message>
    <message>
        <source>The barcode %1 belongs to the product with SKU %2, which this file does not change.</source>
        <translation>El código de barras %1 pertenece al producto con SKU %2, que este archivo no modifica.</translation>
    </message>
    <message>
        <source>The sample catalog cannot be loaded (line %1: %2)</source>
        <translation>No se puede cargar el catálogo de ejemplo (línea %1: %2)</translation>
    </message>
</context>
<context>
    <name>Charger</name>
    <message>
        <source>Approved.</source>
        <translation>Aprobado.</translation>
    </message>
    <message>
        <source>The gateway did not answer, so this payment was approved offline — it will be sent when the connection returns.</source>
        <translation>La pasarela no respondió, así que este pago se aprobó sin conexión: se enviará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Approved offline — will be sent when the connection returns.</source>
        <translation>Aprobado sin conexión: se enviará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>The payment failed.</source>
        <translation>El pago ha fallado.</translation>
    </message>
    <message>
        <source>Outcome pending: the gateway did not answer. Do not charge the card again; Holdfast will find out whether it went through.</source>
        <translation>Resultado pendiente: la pasarela no respondió. No vuelva a cobrar la tarjeta; Holdfast averiguará si el pago se realizó.</translation>
    </message>
    <message>
        <source>This register has no valid sealing key for today. Reconnect to the gateway to fetch new keys.</source>
        <translation>Esta caja no tiene una clave de sellado válida para hoy. Vuelva a conectarse a la pasarela para obtener claves nuevas.</translation>
    </message>
    <message>
        <source>No card was read, so nothing was charged: %1</source>
        <translation>No se leyó ninguna tarjeta, así que no se cobró nada: %1</translation>
    </message>
    <message>
        <source>The gateway could not be reached, so this payment is voided and will not be charged. Try again or take another form of payment.</source>
        <translation>No se pudo contactar la pasarela, así que este pago se anula y no se cobrará. Vuelva a intentarlo o acepte otra forma de pago.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>holdfastctl: %1</source>
        <translation>holdfastctl: %1</translation>
    </message>
</context>
<context>
    <name>Connectivity</name>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Slow connection</source>
        <translation>Conexión lenta</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>This register has no record of that pairing.</source>
        <translation>Esta caja no tiene registro de ese emparejamiento.</translation>
    </message>
    <message>
        <source>This register is not paired with a gateway yet. Pair it with a device code from the back office (holdfastctl pair).</source>
        <translation>Esta caja aún no está emparejada con una pasarela. Emparéjela con un código de dispositivo de la oficina (holdfastctl pair).</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field starts on this line but its closing quote is missing.</source>
        <translation>Un campo entre comillas empieza en esta línea, pero falta su comilla de cierre.</translation>
    </message>
    <message>
        <source>There is text after the closing quote of a field; put the whole field in quotes and double any quote inside it.</source>
        <translation>Hay texto después de la comilla de cierre de un campo; ponga todo el campo entre comillas y duplique cada comilla interior.</translation>
    </message>
    <message>
        <source>A field contains a quote but is not itself in quotes; put the field in quotes and write the quote twice.</source>
        <translation>Un campo contiene una comilla pero no está entre comillas; ponga el campo entre comillas y escriba la comilla dos veces.</translation>
    </message>
</context>
<context>
    <name>Discount</name>
    <message>
        <source>The amount is too large.</source>
        <translation>El importe es demasiado grande.</translation>
    </message>
    <message>
        <source>Amounts in different currencies cannot be combined.</source>
        <translation>No se pueden combinar importes en monedas distintas.</translation>
    </message>
    <message>
        <source>A percentage discount must be between 0 and 100 percent.</source>
        <translation>Un descuento porcentual debe estar entre 0 y 100 por ciento.</translation>
    </message>
    <message>
        <source>The discount is in another currency than the price.</source>
        <translation>El descuento está en otra moneda que el precio.</translation>
    </message>
    <message>
        <source>A discount cannot be negative.</source>
        <translation>Un descuento no puede ser negativo.</translation>
    </message>
    <message>
        <source>The discount (%1) is more than the price (%2).</source>
        <translation>El descuento (%1) supera el precio (%2).</translation>
    </message>
</context>
<context>
    <name>Envelope</name>
    <message>
        <source>The sealed card data is malformed: it needs exactly kid, enc and ct.</source>
        <translation>Los datos de tarjeta sellados están mal formados: se necesitan exactamente kid, enc y ct.</translation>
    </message>
    <message>
        <source>A payment field is empty or contains &apos;|&apos;.</source>
        <translation>Un campo del pago está vacío o contiene «|».</translation>
    </message>
</context>
<context>
    <name>FollowUpContact</name>
    <message>
        <source>The e-mail address %1 does not look complete.</source>
        <translation>La dirección de correo %1 parece incompleta.</translation>
    </message>
    <message>
        <source>Enter an e-mail address or a phone number (7 to 15 digits).</source>
        <translation>Introduzca un correo electrónico o un número de teléfono (7 a 15 dígitos).</translation>
    </message>
</context>
<context>
    <name>GatewayClient</name>
    <message>
        <source>The gateway sent an answer Holdfast does not understand.</source>
        <translation>La pasarela envió una respuesta que Holdfast no entiende.</translation>
    </message>
    <message>
        <source>The gateway cannot be reached (%1).</source>
        <translation>No se puede contactar con la pasarela (%1).</translation>
    </message>
    <message>
        <source>The gateway did not answer in time (%1).</source>
        <translation>La pasarela no respondió a tiempo (%1).</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was cut short.</source>
        <translation>La respuesta de la pasarela llegó cortada.</translation>
    </message>
    <message>
        <source>The gateway failed (HTTP %1).</source>
        <translation>La pasarela falló (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway refused the request (HTTP %1).</source>
        <translation>La pasarela rechazó la solicitud (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>KeySchedule</name>
    <message>
        <source>The key schedule from the gateway is malformed.</source>
        <translation>El calendario de claves de la pasarela está mal formado.</translation>
    </message>
    <message>
        <source>The key schedule is not valid yet. Check the date and time of this register.</source>
        <translation>El calendario de claves aún no es válido. Compruebe la fecha y la hora de esta caja.</translation>
    </message>
    <message>
        <source>The key schedule has expired. Connect to the gateway to renew it.</source>
        <translation>El calendario de claves ha caducado. Conéctese a la pasarela para renovarlo.</translation>
    </message>
    <message>
        <source>The key schedule does not cover the coming days, so offline payments could not be sealed.</source>
        <translation>El calendario de claves no cubre los próximos días, así que los pagos sin conexión no se podrían sellar.</translation>
    </message>
    <message>
        <source>The key schedule is not signed by the gateway this register was paired with.</source>
        <translation>El calendario de claves no está firmado por la pasarela con la que se emparejó esta caja.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keyring did not answer. Unlock it and try again.</source>
        <translation>El llavero del sistema no respondió. Desbloquéelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No secret is stored for this device yet.</source>
        <translation>Todavía no hay ningún secreto guardado para este dispositivo.</translation>
    </message>
    <message>
        <source>The system keyring refused access. Unlock it and try again.</source>
        <translation>El llavero del sistema denegó el acceso. Desbloquéelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No system keyring (Secret Service) is available, so Holdfast cannot keep its credentials safe. Start the keyring (for example gnome-keyring) and try again.</source>
        <translation>No hay ningún llavero del sistema (Secret Service), así que Holdfast no puede proteger sus credenciales. Inicie el llavero (por ejemplo gnome-keyring) e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The currency is not an ISO 4217 code such as CAD, USD or EUR.</source>
        <translation>La moneda no es un código ISO 4217 como CAD, USD o EUR.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>El importe es demasiado grande.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Introduzca un importe.</translation>
    </message>
    <message>
        <source>Write the amount with digits and at most one decimal point, like 12.34.</source>
        <translation>Escriba el importe con dígitos y como mucho un punto decimal, como 12.34.</translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts have at most %n decimal place(s).</source>
        <translation>
            <numerusform>Los importes en %1 tienen como mucho %n decimal.</numerusform>
            <numerusform>Los importes en %1 tienen como mucho %n decimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the amount with digits and at most one &apos;%1&apos;, like 12%134.</source>
        <translation>Escriba el importe con dígitos y como mucho un «%1», como 12%134.</translation>
    </message>
    <message>
        <source>An amount must be {&quot;amount&quot;: integer minor units, &quot;currency&quot;: ISO 4217 code}.</source>
        <translation>Un importe debe ser {&quot;amount&quot;: entero en unidades menores, &quot;currency&quot;: código ISO 4217}.</translation>
    </message>
    <message>
        <source>Amounts in different currencies cannot be combined.</source>
        <translation>No se pueden combinar importes en monedas distintas.</translation>
    </message>
</context>
<context>
    <name>OfflinePolicy</name>
    <message>
        <source>Offline payments are turned off for this store. Take the payment online or use another form of payment.</source>
        <translation>Los pagos sin conexión están desactivados en esta tienda. Cobre en línea o use otra forma de pago.</translation>
    </message>
    <message>
        <source>This store takes offline payments in %1 only.</source>
        <translation>Esta tienda solo acepta pagos sin conexión en %1.</translation>
    </message>
    <message>
        <source>Interac debit cards cannot be used offline. Ask for a credit card or another form of payment.</source>
        <translation>Las tarjetas de débito Interac no se pueden usar sin conexión. Pida una tarjeta de crédito u otra forma de pago.</translation>
    </message>
    <message>
        <source>This way of reading the card (%1) is not allowed offline.</source>
        <translation>Este modo de leer la tarjeta (%1) no está permitido sin conexión.</translation>
    </message>
    <message>
        <source>Offline payments are limited to %1 each.</source>
        <translation>Los pagos sin conexión están limitados a %1 cada uno.</translation>
    </message>
    <message>
        <source>This register already holds as much in offline payments as it may (%1 in all). Reconnect to upload them before taking more offline.</source>
        <translation>Esta caja ya guarda el máximo permitido en pagos sin conexión (%1 en total). Vuelva a conectarse para enviarlos antes de aceptar más sin conexión.</translation>
    </message>
    <message numerus="yes">
        <source>This register already holds %n offline payment(s), the most it may. Reconnect to upload them before taking more offline.</source>
        <translation>
            <numerusform>Esta caja ya guarda %n pago sin conexión, el máximo permitido. Vuelva a conectarse para enviarlo antes de aceptar más sin conexión.</numerusform>
            <numerusform>Esta caja ya guarda %n pagos sin conexión, el máximo permitido. Vuelva a conectarse para enviarlos antes de aceptar más sin conexión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The oldest offline payment is more than %n hour(s) old. Reconnect to upload it before taking more offline.</source>
        <translation>
            <numerusform>El pago sin conexión más antiguo tiene más de %n hora. Vuelva a conectarse para enviarlo antes de aceptar más sin conexión.</numerusform>
            <numerusform>El pago sin conexión más antiguo tiene más de %n horas. Vuelva a conectarse para enviarlo antes de aceptar más sin conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>This register has no valid sealing key for today, so it cannot store card data safely. Reconnect to the gateway to fetch new keys.</source>
        <translation>Esta caja no tiene una clave de sellado válida para hoy, así que no puede guardar los datos de la tarjeta de forma segura. Vuelva a conectarse a la pasarela para obtener claves nuevas.</translation>
    </message>
</context>
<context>
    <name>OfflineSettings</name>
    <message>
        <source>The offline settings from the gateway are malformed.</source>
        <translation>Los ajustes sin conexión recibidos de la pasarela están mal formados.</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <source>The order state is unknown.</source>
        <translation>El estado de la venta es desconocido.</translation>
    </message>
    <message>
        <source>The card status is unknown.</source>
        <translation>El estado de la tarjeta es desconocido.</translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>There is no such sale on this register.</source>
        <translation>Esa venta no existe en esta caja.</translation>
    </message>
    <message>
        <source>This sale was cancelled.</source>
        <translation>Esta venta se canceló.</translation>
    </message>
    <message>
        <source>This sale is already paid.</source>
        <translation>Esta venta ya está pagada.</translation>
    </message>
    <message>
        <source>No sale on this register has that card payment.</source>
        <translation>Ninguna venta de esta caja tiene ese pago con tarjeta.</translation>
    </message>
    <message>
        <source>Add an item before taking payment.</source>
        <translation>Añada un artículo antes de cobrar.</translation>
    </message>
    <message>
        <source>A sale needs a location, a register and a signed-in cashier.</source>
        <translation>Una venta necesita una ubicación, una caja y un cajero con sesión iniciada.</translation>
    </message>
    <message>
        <source>The shift has ended; open a new one to sell.</source>
        <translation>El turno ha terminado; abra uno nuevo para vender.</translation>
    </message>
    <message>
        <source>The card payment has no valid reference.</source>
        <translation>El pago con tarjeta no tiene una referencia válida.</translation>
    </message>
    <message>
        <source>A declined or voided card payment does not pay for anything.</source>
        <translation>Un pago con tarjeta rechazado o anulado no paga nada.</translation>
    </message>
    <message>
        <source>This card payment is already recorded on a sale.</source>
        <translation>Este pago con tarjeta ya está registrado en una venta.</translation>
    </message>
    <message>
        <source>A card payment (%1 ending %2) is still on this sale; void it first.</source>
        <translation>Un pago con tarjeta (%1 terminada en %2) sigue en esta venta; anúlelo primero.</translation>
    </message>
</context>
<context>
    <name>PairAnswer</name>
    <message>
        <source>The terminal&apos;s pairing answer is malformed.</source>
        <translation>La respuesta de emparejamiento del terminal está mal formada.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>The payment mode must be ONLINE or OFFLINE.</source>
        <translation>El modo de pago debe ser ONLINE u OFFLINE.</translation>
    </message>
    <message>
        <source>A payment needs exactly localId, locationId, registerId, amount, createdAt, envelope, entryMethod, brand, last4 and mode.</source>
        <translation>Un pago necesita exactamente localId, locationId, registerId, amount, createdAt, envelope, entryMethod, brand, last4 y mode.</translation>
    </message>
    <message>
        <source>The localId must be a lower-case UUID.</source>
        <translation>El localId debe ser un UUID en minúsculas.</translation>
    </message>
    <message>
        <source>The locationId or registerId is not a valid identifier.</source>
        <translation>El locationId o el registerId no es un identificador válido.</translation>
    </message>
    <message>
        <source>The brand or last4 is not valid.</source>
        <translation>La marca o los 4 últimos dígitos no son válidos.</translation>
    </message>
    <message>
        <source>The createdAt must be milliseconds since the epoch.</source>
        <translation>El createdAt debe estar en milisegundos desde la época Unix.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The entryMethod or mode is not one Holdfast knows.</source>
        <translation>Holdfast no conoce ese entryMethod o ese mode.</translation>
    </message>
    <message>
        <source>The gateway answered with an unknown payment status.</source>
        <translation>La pasarela respondió con un estado de pago desconocido.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer for a payment is malformed.</source>
        <translation>La respuesta de la pasarela sobre un pago está mal formada.</translation>
    </message>
</context>
<context>
    <name>PaymentAnswer</name>
    <message>
        <source>The terminal reported an unknown payment result.</source>
        <translation>El terminal informó de un resultado de pago desconocido.</translation>
    </message>
    <message>
        <source>The terminal&apos;s payment answer has no valid result.</source>
        <translation>La respuesta de pago del terminal no tiene un resultado válido.</translation>
    </message>
    <message>
        <source>The terminal&apos;s CARD_READ answer lacks valid card fields.</source>
        <translation>La respuesta CARD_READ del terminal no tiene campos de tarjeta válidos.</translation>
    </message>
    <message>
        <source>The terminal&apos;s NOT_ALLOWED_OFFLINE answer lacks a valid reason.</source>
        <translation>La respuesta NOT_ALLOWED_OFFLINE del terminal no tiene un motivo válido.</translation>
    </message>
    <message>
        <source>The terminal&apos;s payment answer has unexpected members.</source>
        <translation>La respuesta de pago del terminal tiene miembros inesperados.</translation>
    </message>
</context>
<context>
    <name>PaymentClaims</name>
    <message>
        <source>This payment is %1: nothing can be charged any more, so there is nothing to void.</source>
        <translation>Este pago está %1: ya no se puede cobrar nada, así que no hay nada que anular.</translation>
    </message>
</context>
<context>
    <name>PaymentRequest</name>
    <message>
        <source>The payment request must be a JSON object.</source>
        <translation>La solicitud de pago debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>The payment request lacks &quot;%1&quot;.</source>
        <translation>A la solicitud de pago le falta «%1».</translation>
    </message>
    <message>
        <source>The payment request has an unknown member &quot;%1&quot;.</source>
        <translation>La solicitud de pago tiene un miembro desconocido «%1».</translation>
    </message>
    <message>
        <source>The saleId must be 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>El saleId debe tener de 1 a 64 letras, dígitos, «_» o «-».</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The localId must be a lower-case UUID.</source>
        <translation>El localId debe ser un UUID en minúsculas.</translation>
    </message>
    <message>
        <source>The locationId or registerId is not a valid identifier.</source>
        <translation>El locationId o el registerId no es un identificador válido.</translation>
    </message>
    <message>
        <source>The createdAt must be milliseconds since the epoch.</source>
        <translation>El createdAt debe estar en milisegundos desde la época Unix.</translation>
    </message>
    <message>
        <source>The key must be {&quot;kid&quot;,&quot;pub&quot;} with a valid kid and a 32-byte base64url public key.</source>
        <translation>La clave debe ser {&quot;kid&quot;,&quot;pub&quot;} con un kid válido y una clave pública base64url de 32 bytes.</translation>
    </message>
    <message>
        <source>The offline member must be true or false.</source>
        <translation>El miembro offline debe ser true o false.</translation>
    </message>
    <message>
        <source>The allowedEntryMethods must list one to four entry methods.</source>
        <translation>allowedEntryMethods debe enumerar de uno a cuatro modos de lectura.</translation>
    </message>
    <message>
        <source>The allowedEntryMethods may only hold CHIP, CONTACTLESS, SWIPE and KEYED, once each.</source>
        <translation>allowedEntryMethods solo puede contener CHIP, CONTACTLESS, SWIPE y KEYED, una vez cada uno.</translation>
    </message>
    <message>
        <source>The timeoutMs must be a whole number from %1 to %2.</source>
        <translation>El timeoutMs debe ser un número entero de %1 a %2.</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <source>Unknown payment status. Use QUEUED, UPLOADED, PROCESSED, FAILED_TO_PROCESS, FAILED_TO_UPLOAD or VOIDED.</source>
        <translation>Estado de pago desconocido. Use QUEUED, UPLOADED, PROCESSED, FAILED_TO_PROCESS, FAILED_TO_UPLOAD o VOIDED.</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Uploaded, awaiting approval</source>
        <translation>Enviado, pendiente de aprobación</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Refused by the gateway</source>
        <translation>Rechazado por la pasarela</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>Unknown processing mode. Use ONLINE_ONLY, OFFLINE_ONLY or AUTO_DETECT.</source>
        <translation>Modo de procesamiento desconocido. Use ONLINE_ONLY, OFFLINE_ONLY o AUTO_DETECT.</translation>
    </message>
    <message>
        <source>Online only</source>
        <translation>Solo en línea</translation>
    </message>
    <message>
        <source>Force offline</source>
        <translation>Forzar sin conexión</translation>
    </message>
    <message>
        <source>Allow offline (auto)</source>
        <translation>Permitir sin conexión (auto)</translation>
    </message>
</context>
<context>
    <name>PaymentStore</name>
    <message>
        <source>There is no payment with that reference on this register.</source>
        <translation>No hay ningún pago con esa referencia en esta caja.</translation>
    </message>
    <message>
        <source>The payment is incomplete and was not saved.</source>
        <translation>El pago está incompleto y no se guardó.</translation>
    </message>
    <message>
        <source>A payment with this reference is already recorded.</source>
        <translation>Ya hay un pago registrado con esta referencia.</translation>
    </message>
    <message>
        <source>The payment changed meanwhile; try again.</source>
        <translation>El pago cambió mientras tanto; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>A payment&apos;s history in the vault is unreadable.</source>
        <translation>El historial de un pago en la bóveda es ilegible.</translation>
    </message>
</context>
<context>
    <name>PinHasher</name>
    <message>
        <source>The PIN could not be checked because of an internal error.</source>
        <translation>No se pudo comprobar el PIN por un error interno.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Un PIN tiene de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>El generador de números aleatorios del sistema falló.</translation>
    </message>
</context>
<context>
    <name>PolicyCache</name>
    <message>
        <source>This register has not received its offline settings from the gateway yet, so it cannot take payments offline. Connect to the gateway once.</source>
        <translation>Esta caja aún no ha recibido de la pasarela sus ajustes sin conexión, así que no puede cobrar sin conexión. Conéctese una vez a la pasarela.</translation>
    </message>
    <message>
        <source>This register has no sealing keys from the gateway yet. Connect to the gateway once.</source>
        <translation>Esta caja aún no tiene claves de sellado de la pasarela. Conéctese una vez a la pasarela.</translation>
    </message>
</context>
<context>
    <name>ReceiptBuilder</name>
    <message>
        <source>%1 ending %2</source>
        <translation>%1 terminada en %2</translation>
    </message>
    <message>
        <source>Ref: %1</source>
        <translation>Ref.: %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Approved offline — pending</source>
        <translation>Aprobado sin conexión: pendiente</translation>
    </message>
    <message>
        <source>Outcome pending</source>
        <translation>Resultado pendiente</translation>
    </message>
    <message>
        <source>Declined after the sale</source>
        <translation>Rechazado después de la venta</translation>
    </message>
    <message>
        <source>Declined after the sale: %1</source>
        <translation>Rechazado después de la venta: %1</translation>
    </message>
    <message>
        <source>Voided — not charged</source>
        <translation>Anulado: no se cobró</translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation>Venta %1</translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation>Cajero: %1</translation>
    </message>
    <message>
        <source>VOIDED — nothing was charged</source>
        <translation>ANULADA: no se cobró nada</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Includes %1</source>
        <translation>Incluye %1</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Redondeo en efectivo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Saldo pendiente</translation>
    </message>
</context>
<context>
    <name>RescueFile</name>
    <message>
        <source>A payment in the rescue file is incomplete.</source>
        <translation>Un pago del archivo de rescate está incompleto.</translation>
    </message>
    <message>
        <source>Cannot write the rescue file %1: %2</source>
        <translation>No se puede escribir el archivo de rescate %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Holdfast rescue file.</source>
        <translation>%1 no es un archivo de rescate de Holdfast.</translation>
    </message>
    <message>
        <source>This rescue file was written by another version of Holdfast (format %1); this register reads format %2.</source>
        <translation>Este archivo de rescate lo escribió otra versión de Holdfast (formato %1); esta caja lee el formato %2.</translation>
    </message>
    <message>
        <source>The rescue file is damaged (its checksum does not match). Nothing was imported.</source>
        <translation>El archivo de rescate está dañado (su suma de control no coincide). No se importó nada.</translation>
    </message>
    <message>
        <source>The rescue file has an invalid payment: %1</source>
        <translation>El archivo de rescate contiene un pago no válido: %1</translation>
    </message>
    <message>
        <source>The rescue file holds a payment that differs from the one this register has under the same reference. Nothing was imported.</source>
        <translation>El archivo de rescate contiene un pago distinto del que esta caja tiene con la misma referencia. No se importó nada.</translation>
    </message>
    <message>
        <source>The rescue file holds payments of location %1, but this register is not paired with it. Pair it with that location first. Nothing was imported.</source>
        <translation>El archivo de rescate contiene pagos de la ubicación %1, pero esta caja no está emparejada con ella. Emparéjela primero con esa ubicación. No se importó nada.</translation>
    </message>
</context>
<context>
    <name>Sale</name>
    <message>
        <source>The terminal reported an unknown sale state.</source>
        <translation>El terminal informó de un estado de venta desconocido.</translation>
    </message>
    <message>
        <source>The terminal&apos;s sale record is malformed.</source>
        <translation>El registro de venta del terminal está mal formado.</translation>
    </message>
</context>
<context>
    <name>SalesSettings</name>
    <message>
        <source>Holdfast store</source>
        <translation>Tienda Holdfast</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code.</source>
        <translation>%1 no es un código de moneda ISO 4217.</translation>
    </message>
    <message>
        <source>The store needs a name for its receipts.</source>
        <translation>La tienda necesita un nombre para sus recibos.</translation>
    </message>
    <message>
        <source>The taxes of this location are not set up yet.</source>
        <translation>Los impuestos de esta ubicación aún no están configurados.</translation>
    </message>
</context>
<context>
    <name>ShiftReporter</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) are still open: finish or cancel them.</source>
        <translation>
            <numerusform>%n venta sigue abierta: termínela o cancélela.</numerusform>
            <numerusform>%n ventas siguen abiertas: termínelas o cancélelas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline card payment(s) totalling %1 are not uploaded yet.</source>
        <translation>
            <numerusform>%n pago con tarjeta sin conexión, por un total de %1, aún no se ha enviado.</numerusform>
            <numerusform>%n pagos con tarjeta sin conexión, por un total de %1, aún no se han enviado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first must upload within %1.</source>
        <translation>El primero debe enviarse antes de %1.</translation>
    </message>
    <message>
        <source>An offline payment has passed its upload deadline and may not be paid. Restore the connection and contact support.</source>
        <translation>Un pago sin conexión ha superado su plazo de envío y puede que no se pague. Restablezca la conexión y contacte con soporte.</translation>
    </message>
    <message numerus="yes">
        <source>%n card payment(s) of this shift, totalling %1, have no final answer yet.</source>
        <translation>
            <numerusform>%n pago con tarjeta de este turno, por un total de %1, aún no tiene respuesta definitiva.</numerusform>
            <numerusform>%n pagos con tarjeta de este turno, por un total de %1, aún no tienen respuesta definitiva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline card payment(s), totalling %1, were declined after the sale; %2 without a customer contact.</source>
        <translation>
            <numerusform>%n pago con tarjeta sin conexión, por un total de %1, fue rechazado después de la venta; %2 sin datos de contacto del cliente.</numerusform>
            <numerusform>%n pagos con tarjeta sin conexión, por un total de %1, fueron rechazados después de la venta; %2 sin datos de contacto del cliente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftStore</name>
    <message>
        <source>There is no such staff member.</source>
        <translation>Ese empleado no existe.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>A shift belongs to a register.</source>
        <translation>Un turno pertenece a una caja.</translation>
    </message>
    <message>
        <source>A shift is already open on this register; end it first.</source>
        <translation>Ya hay un turno abierto en esta caja; ciérrelo primero.</translation>
    </message>
    <message>
        <source>There is no such shift.</source>
        <translation>Ese turno no existe.</translation>
    </message>
    <message>
        <source>This shift has already ended.</source>
        <translation>Este turno ya ha terminado.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>A role is CASHIER or MANAGER.</source>
        <translation>Un rol es CASHIER o MANAGER.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>make sales</source>
        <translation>hacer ventas</translation>
    </message>
    <message>
        <source>give discounts</source>
        <translation>hacer descuentos</translation>
    </message>
    <message>
        <source>cancel a sale</source>
        <translation>cancelar una venta</translation>
    </message>
    <message>
        <source>change the offline mode</source>
        <translation>cambiar el modo sin conexión</translation>
    </message>
    <message>
        <source>type in a card number</source>
        <translation>escribir un número de tarjeta</translation>
    </message>
    <message>
        <source>void a card payment</source>
        <translation>anular un pago con tarjeta</translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation>gestionar el personal</translation>
    </message>
    <message>
        <source>import the catalog</source>
        <translation>importar el catálogo</translation>
    </message>
    <message>
        <source>end the shift</source>
        <translation>cerrar el turno</translation>
    </message>
    <message>
        <source>pair the register with a gateway or a terminal</source>
        <translation>emparejar la caja con una pasarela o un terminal</translation>
    </message>
    <message>
        <source>Only a manager can %1.</source>
        <translation>Solo un gerente puede %1.</translation>
    </message>
</context>
<context>
    <name>StaffStore</name>
    <message>
        <source>There is no such staff member.</source>
        <translation>Ese empleado no existe.</translation>
    </message>
    <message>
        <source>The PIN key in the system keyring is damaged.</source>
        <translation>La clave de los PIN en el llavero del sistema está dañada.</translation>
    </message>
    <message>
        <source>The PIN key is missing from the system keyring, so no PIN can be checked. Restore the keyring, or contact support to reset the staff list.</source>
        <translation>Falta la clave de los PIN en el llavero del sistema, así que no se puede comprobar ningún PIN. Restaure el llavero o contacte con soporte para restablecer la lista de personal.</translation>
    </message>
    <message>
        <source>A staff member needs a name of 1 to 100 characters.</source>
        <translation>Un empleado necesita un nombre de 1 a 100 caracteres.</translation>
    </message>
    <message>
        <source>Staff already exist; a manager adds new staff after signing in.</source>
        <translation>Ya existe personal; un gerente añade empleados nuevos después de iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ya no puede iniciar sesión.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs for %1. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos para %1. Inténtelo de nuevo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos para %1. Inténtelo de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored PIN of %1 is unreadable; a manager must reset it.</source>
        <translation>El PIN guardado de %1 es ilegible; un gerente debe restablecerlo.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many wrong PINs: %1 is locked out for %n second(s).</source>
        <translation>
            <numerusform>PIN incorrecto. Demasiados PIN incorrectos: %1 queda bloqueado durante %n segundo.</numerusform>
            <numerusform>PIN incorrecto. Demasiados PIN incorrectos: %1 queda bloqueado durante %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <source>%1 is the last active manager; add another manager first.</source>
        <translation>%1 es el último gerente activo; añada primero otro gerente.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>The terminal reported an unknown state.</source>
        <translation>El terminal informó de un estado desconocido.</translation>
    </message>
    <message>
        <source>The terminal&apos;s status is malformed.</source>
        <translation>El estado del terminal está mal formado.</translation>
    </message>
    <message>
        <source>The terminal&apos;s battery level is malformed.</source>
        <translation>El nivel de batería del terminal está mal formado.</translation>
    </message>
    <message>
        <source>The terminal&apos;s status names a malformed saleId.</source>
        <translation>El estado del terminal indica un saleId mal formado.</translation>
    </message>
</context>
<context>
    <name>StoreDatabase</name>
    <message>
        <source>The sales database is damaged (%1). Do not delete it: contact support.</source>
        <translation>La base de datos de ventas está dañada (%1). No la borre: contacte con soporte.</translation>
    </message>
    <message>
        <source>The sales database was written by a newer version of Holdfast (schema %1). Install that version again; nothing was changed.</source>
        <translation>La base de datos de ventas la escribió una versión más reciente de Holdfast (esquema %1). Vuelva a instalar esa versión; no se cambió nada.</translation>
    </message>
    <message>
        <source>The register&apos;s disk is full, so nothing was saved. Free some space.</source>
        <translation>El disco de la caja está lleno, así que no se guardó nada. Libere espacio.</translation>
    </message>
    <message>
        <source>The register could not write to its disk, so nothing was saved.</source>
        <translation>La caja no pudo escribir en su disco, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>The sales database is busy in another program. Try again.</source>
        <translation>Otro programa está usando la base de datos de ventas. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The sales database refused a change that would break its rules.</source>
        <translation>La base de datos de ventas rechazó un cambio que rompería sus reglas.</translation>
    </message>
    <message>
        <source>The sales database failed: %1</source>
        <translation>La base de datos de ventas falló: %1</translation>
    </message>
    <message>
        <source>Cannot open the sales database (%1).</source>
        <translation>No se puede abrir la base de datos de ventas (%1).</translation>
    </message>
    <message>
        <source>The sales database could not be made durable on this disk.</source>
        <translation>La base de datos de ventas no puede hacerse duradera en este disco.</translation>
    </message>
</context>
<context>
    <name>TaxRules</name>
    <message>
        <source>Amounts in different currencies cannot be combined.</source>
        <translation>No se pueden combinar importes en monedas distintas.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>El importe es demasiado grande.</translation>
    </message>
    <message>
        <source>The tax mode must be &quot;exclusive&quot; or &quot;inclusive&quot;.</source>
        <translation>El modo de impuesto debe ser «exclusive» o «inclusive».</translation>
    </message>
    <message>
        <source>Every tax needs a name.</source>
        <translation>Cada impuesto necesita un nombre.</translation>
    </message>
    <message>
        <source>There are two taxes named %1; names must be unique.</source>
        <translation>Hay dos impuestos llamados %1; los nombres deben ser únicos.</translation>
    </message>
    <message>
        <source>The rate of %1 must be between 0 and 100 percent.</source>
        <translation>La tasa de %1 debe estar entre 0 y 100 por ciento.</translation>
    </message>
    <message>
        <source>%1 applies to no tax class.</source>
        <translation>%1 no se aplica a ninguna clase de impuesto.</translation>
    </message>
    <message>
        <source>%1 applies to the unknown tax class &quot;%2&quot;.</source>
        <translation>%1 se aplica a la clase de impuesto desconocida «%2».</translation>
    </message>
    <message>
        <source>With tax-inclusive prices, the tax class &quot;%1&quot; can carry only one tax.</source>
        <translation>Con precios con impuestos incluidos, la clase de impuesto «%1» solo puede llevar un impuesto.</translation>
    </message>
    <message>
        <source>The tax rules are not in the expected form.</source>
        <translation>Las reglas de impuestos no tienen la forma esperada.</translation>
    </message>
</context>
<context>
    <name>Tendering</name>
    <message>
        <source>The payment is in another currency than the sale.</source>
        <translation>El pago está en otra moneda que la venta.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Introduzca un importe mayor que cero.</translation>
    </message>
    <message>
        <source>Nothing is left to pay on this sale.</source>
        <translation>No queda nada por pagar en esta venta.</translation>
    </message>
    <message>
        <source>A card payment cannot be more than the %1 left to pay; only cash can.</source>
        <translation>Un pago con tarjeta no puede superar los %1 que quedan por pagar; solo el efectivo puede.</translation>
    </message>
</context>
<context>
    <name>TerminalDriver</name>
    <message>
        <source>The terminal&apos;s answer is not what Holdfast expects.</source>
        <translation>La respuesta del terminal no es la que Holdfast espera.</translation>
    </message>
    <message>
        <source>The device at %1 is not the terminal this register was paired with: its certificate changed. If the terminal was replaced or reset, remove the pairing and pair it again; otherwise call for help.</source>
        <translation>El dispositivo en %1 no es el terminal emparejado con esta caja: su certificado cambió. Si el terminal se sustituyó o se restableció, elimine el emparejamiento y vuelva a emparejarlo; si no, pida ayuda.</translation>
    </message>
    <message>
        <source>The terminal at %1 cannot be reached. Check that it is on and on the store&apos;s network.</source>
        <translation>No se puede contactar con el terminal en %1. Compruebe que está encendido y en la red de la tienda.</translation>
    </message>
    <message>
        <source>The terminal at %1 did not answer in time. Check that it is on and on the store&apos;s network.</source>
        <translation>El terminal en %1 no respondió a tiempo. Compruebe que está encendido y en la red de la tienda.</translation>
    </message>
    <message>
        <source>The connection to the terminal at %1 was lost before it answered.</source>
        <translation>Se perdió la conexión con el terminal en %1 antes de que respondiera.</translation>
    </message>
    <message>
        <source>The terminal no longer accepts this register (it was paired with another one, or reset). Pair it again.</source>
        <translation>El terminal ya no acepta esta caja (se emparejó con otra o se restableció). Vuelva a emparejarlo.</translation>
    </message>
    <message>
        <source>The pairing code is wrong or was already used. Check the code the terminal shows.</source>
        <translation>El código de emparejamiento es incorrecto o ya se usó. Compruebe el código que muestra el terminal.</translation>
    </message>
    <message>
        <source>The pairing code has expired. Ask the terminal for a new code and pair again.</source>
        <translation>El código de emparejamiento ha caducado. Pida un código nuevo al terminal y vuelva a emparejar.</translation>
    </message>
    <message>
        <source>The terminal is busy with another sale. Finish or cancel it first.</source>
        <translation>El terminal está ocupado con otra venta. Termínela o cancélela primero.</translation>
    </message>
    <message>
        <source>The terminal already had this sale with different details; start the payment again.</source>
        <translation>El terminal ya tenía esta venta con otros datos; vuelva a iniciar el pago.</translation>
    </message>
    <message>
        <source>The terminal refused the request: %1</source>
        <translation>El terminal rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>The terminal failed to handle the request: %1</source>
        <translation>El terminal no pudo procesar la solicitud: %1</translation>
    </message>
    <message>
        <source>The terminal answered in a way Holdfast does not understand (HTTP %1).</source>
        <translation>El terminal respondió de una forma que Holdfast no entiende (HTTP %1).</translation>
    </message>
    <message>
        <source>The terminal&apos;s answer is not the JSON Holdfast expects.</source>
        <translation>La respuesta del terminal no es el JSON que Holdfast espera.</translation>
    </message>
    <message>
        <source>Interac debit cannot be taken while the store is offline. Ask for a credit card or another tender.</source>
        <translation>No se puede aceptar débito Interac mientras la tienda está sin conexión. Pida una tarjeta de crédito u otra forma de pago.</translation>
    </message>
    <message>
        <source>This way of reading the card is not allowed now. Ask the customer to insert or tap the card instead.</source>
        <translation>Este modo de leer la tarjeta no está permitido ahora. Pida al cliente que inserte o acerque la tarjeta.</translation>
    </message>
    <message>
        <source>The terminal refused this card. Ask for another tender.</source>
        <translation>El terminal rechazó esta tarjeta. Pida otra forma de pago.</translation>
    </message>
</context>
<context>
    <name>TerminalMonitor</name>
    <message>
        <source>Not paired</source>
        <translation>No emparejado</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>No responde</translation>
    </message>
</context>
<context>
    <name>TerminalPairing</name>
    <message>
        <source>The terminal pairing file %1 cannot be read. Pair the terminal again.</source>
        <translation>No se puede leer el archivo de emparejamiento del terminal %1. Vuelva a emparejar el terminal.</translation>
    </message>
    <message>
        <source>The terminal pairing cannot be saved to %1: %2</source>
        <translation>No se puede guardar el emparejamiento del terminal en %1: %2</translation>
    </message>
    <message>
        <source>The terminal pairing file %1 cannot be removed.</source>
        <translation>No se puede eliminar el archivo de emparejamiento del terminal %1.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>hace %n s</numerusform>
            <numerusform>hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>A payment in the vault has unreadable fields.</source>
        <translation>Un pago de la bóveda tiene campos ilegibles.</translation>
    </message>
    <message>
        <source>The payment vault is damaged (%1). Do not delete it: contact support, who can recover the queued payments.</source>
        <translation>La bóveda de pagos está dañada (%1). No la borre: contacte con soporte, que puede recuperar los pagos pendientes.</translation>
    </message>
    <message>
        <source>The payment vault was written by a newer version of Holdfast (schema %1). Install that version again; the queued payments are safe.</source>
        <translation>La bóveda de pagos la escribió una versión más reciente de Holdfast (esquema %1). Vuelva a instalar esa versión; los pagos pendientes están a salvo.</translation>
    </message>
    <message>
        <source>The register&apos;s disk is full, so nothing was saved. Free some space, or take another form of payment.</source>
        <translation>El disco de la caja está lleno, así que no se guardó nada. Libere espacio o use otra forma de pago.</translation>
    </message>
    <message>
        <source>The register could not write to its disk, so nothing was saved. Check the disk, or take another form of payment.</source>
        <translation>La caja no pudo escribir en su disco, así que no se guardó nada. Revise el disco o use otra forma de pago.</translation>
    </message>
    <message>
        <source>The payment vault is busy in another program. Try again.</source>
        <translation>Otro programa está usando la bóveda de pagos. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The payment vault refused a change that would break its rules.</source>
        <translation>La bóveda de pagos rechazó un cambio que rompería sus reglas.</translation>
    </message>
    <message>
        <source>The payment vault failed: %1</source>
        <translation>La bóveda de pagos falló: %1</translation>
    </message>
    <message>
        <source>Cannot open the payment vault (%1).</source>
        <translation>No se puede abrir la bóveda de pagos (%1).</translation>
    </message>
    <message>
        <source>The payment vault could not be made durable on this disk.</source>
        <translation>La bóveda de pagos no puede hacerse duradera en este disco.</translation>
    </message>
</context>
<context>
    <name>base64url</name>
    <message>
        <source>The data is not valid unpadded base64url text.</source>
        <translation>Los datos no son texto base64url válido sin relleno.</translation>
    </message>
</context>
<context>
    <name>cardseal</name>
    <message>
        <source>The sealed card data belongs to another key.</source>
        <translation>Los datos de tarjeta sellados pertenecen a otra clave.</translation>
    </message>
</context>
<context>
    <name>crypto</name>
    <message>
        <source>The signing key is not an Ed25519 public key.</source>
        <translation>La clave de firma no es una clave pública Ed25519.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed unexpectedly.</source>
        <translation>Una operación criptográfica falló de forma inesperada.</translation>
    </message>
    <message>
        <source>The key is not a valid 32-byte key.</source>
        <translation>La clave no es una clave válida de 32 bytes.</translation>
    </message>
    <message>
        <source>The public key cannot be used.</source>
        <translation>No se puede usar la clave pública.</translation>
    </message>
</context>
<context>
    <name>holdfast::RegisterEngine</name>
    <message>
        <source>%1 can no longer use this register.</source>
        <translation>%1 ya no puede usar esta caja.</translation>
    </message>
    <message>
        <source>Choose how taxes work in this store.</source>
        <translation>Elija cómo funcionan los impuestos en esta tienda.</translation>
    </message>
    <message>
        <source>Type the store&apos;s name; it is printed on every receipt.</source>
        <translation>Escriba el nombre de la tienda; se imprime en cada recibo.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>No shift is open on this register.</source>
        <translation>No hay ningún turno abierto en esta caja.</translation>
    </message>
    <message>
        <source>A card payment is already in progress.</source>
        <translation>Ya hay un pago con tarjeta en curso.</translation>
    </message>
    <message>
        <source>No payment terminal is paired with this register. A manager can pair one, or key the card in.</source>
        <translation>No hay ningún terminal de pago emparejado con esta caja. Un gerente puede emparejar uno o introducir la tarjeta a mano.</translation>
    </message>
    <message>
        <source>Outcome pending</source>
        <translation>Resultado pendiente</translation>
    </message>
    <message>
        <source>The card payment was taken (reference %1), but the sale could not record it: %2</source>
        <translation>El pago con tarjeta se cobró (referencia %1), pero la venta no pudo registrarlo: %2</translation>
    </message>
</context>
<context>
    <name>holdfast::sync::Uploader</name>
    <message>
        <source>The register could not write to its disk; uploads wait a moment.</source>
        <translation>La caja no pudo escribir en su disco; los envíos esperan un momento.</translation>
    </message>
</context>
<context>
    <name>holdfast::terminal::HoldfastTerminalDriver</name>
    <message>
        <source>No payment terminal is paired with this register. Pair one first.</source>
        <translation>No hay ningún terminal de pago emparejado con esta caja. Empareje uno primero.</translation>
    </message>
    <message>
        <source>The terminal address must look like https://192.168.1.40:8443.</source>
        <translation>La dirección del terminal debe tener la forma https://192.168.1.40:8443.</translation>
    </message>
    <message>
        <source>Enter the pairing code the terminal shows.</source>
        <translation>Introduzca el código de emparejamiento que muestra el terminal.</translation>
    </message>
    <message>
        <source>The terminal&apos;s certificate is not the one it reports. Pairing was stopped; check the network between the register and the terminal.</source>
        <translation>El certificado del terminal no es el que declara. Se detuvo el emparejamiento; revise la red entre la caja y el terminal.</translation>
    </message>
    <message>
        <source>The saleId is not valid.</source>
        <translation>El saleId no es válido.</translation>
    </message>
    <message>
        <source>A payment is already in progress on the terminal. Wait for it or cancel it.</source>
        <translation>Ya hay un pago en curso en el terminal. Espere o cancélelo.</translation>
    </message>
    <message>
        <source>The terminal&apos;s payment answer is not what Holdfast expects.</source>
        <translation>La respuesta de pago del terminal no es la que Holdfast espera.</translation>
    </message>
    <message>
        <source>The terminal did not say what became of sale %1. Do not take another card for it: ask the terminal again once it is back.</source>
        <translation>El terminal no dijo qué pasó con la venta %1. No cobre otra tarjeta por ella: vuelva a preguntar al terminal cuando esté disponible.</translation>
    </message>
    <message>
        <source>The terminal has no record of this sale, so no card was read. Try the payment again.</source>
        <translation>El terminal no tiene registro de esta venta, así que no se leyó ninguna tarjeta. Vuelva a intentar el pago.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CartModel</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Discount −%1</source>
        <translation>Descuento −%1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CartPanel</name>
    <message>
        <source>− Qty</source>
        <translation>− Cant.</translation>
    </message>
    <message>
        <source>+ Qty</source>
        <translation>+ Cant.</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>Quitar (Supr)</translation>
    </message>
    <message>
        <source>Item discount (F4)</source>
        <translation>Descuento del artículo (F4)</translation>
    </message>
    <message>
        <source>Sale discount (Shift+F4)</source>
        <translation>Descuento de la venta (Mayús+F4)</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>One fewer of the selected item (-)</source>
        <translation>Uno menos del artículo elegido (-)</translation>
    </message>
    <message>
        <source>One more of the selected item (+)</source>
        <translation>Uno más del artículo elegido (+)</translation>
    </message>
    <message>
        <source>The register is not ready to sell yet.</source>
        <translation>La caja aún no está lista para vender.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Añadido: %1</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>Elija primero un artículo.</translation>
    </message>
    <message>
        <source>Discount on %1</source>
        <translation>Descuento en %1</translation>
    </message>
    <message>
        <source>The sale is empty.</source>
        <translation>La venta está vacía.</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Descuento en toda la venta</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Includes %1</source>
        <translation>Incluye %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Pay %1 (F12)</source>
        <translation>Cobrar %1 (F12)</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CatalogPanel</name>
    <message>
        <source>Search products or type a barcode (Ctrl+F)</source>
        <translation>Buscar productos o escribir un código de barras (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Buscar productos</translation>
    </message>
    <message>
        <source>Categories (Ctrl+Page Up, Ctrl+Page Down)</source>
        <translation>Categorías (Ctrl+Re Pág, Ctrl+Av Pág)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>No product matches.</source>
        <translation>Ningún producto coincide.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 products: type to narrow the search.</source>
        <translation>Se muestran %1 de %2 productos: escriba para afinar la búsqueda.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n producto</numerusform>
            <numerusform>%n productos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::DiscountDialog</name>
    <message>
        <source>&amp;Percentage off</source>
        <translation>Descuento en &amp;porcentaje</translation>
    </message>
    <message>
        <source>&amp;Amount off</source>
        <translation>&amp;Importe de descuento</translation>
    </message>
    <message>
        <source>&amp;Remove discount</source>
        <translation>&amp;Quitar el descuento</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>Type a percentage such as 10 or 12.5.</source>
        <translation>Escriba un porcentaje como 10 o 12,5.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::FirstRunPage</name>
    <message>
        <source>Create the manager and start</source>
        <translation>Crear el gerente y empezar</translation>
    </message>
    <message>
        <source>Welcome to Holdfast</source>
        <translation>Bienvenido a Holdfast</translation>
    </message>
    <message>
        <source>Set up this register. The first person is a manager, who can then add cashiers, pair the register with the gateway and the payment terminal, and import the catalog. A sample catalog is loaded to start with.</source>
        <translation>Configure esta caja. La primera persona es un gerente, que después podrá añadir cajeros, emparejar la caja con la pasarela y el terminal de pago, e importar el catálogo. Se carga un catálogo de ejemplo para empezar.</translation>
    </message>
    <message>
        <source>Québec: GST 5% + QST 9.975% added to prices</source>
        <translation>Quebec: GST 5 % + QST 9,975 % añadidos a los precios</translation>
    </message>
    <message>
        <source>Ontario: HST 13% added to prices</source>
        <translation>Ontario: HST 13 % añadido a los precios</translation>
    </message>
    <message>
        <source>VAT 20% included in prices</source>
        <translation>IVA 20 % incluido en los precios</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 a 8 dígitos</translation>
    </message>
    <message>
        <source>Store name:</source>
        <translation>Nombre de la tienda:</translation>
    </message>
    <message>
        <source>Taxes:</source>
        <translation>Impuestos:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Su nombre:</translation>
    </message>
    <message>
        <source>Your PIN:</source>
        <translation>Su PIN:</translation>
    </message>
    <message>
        <source>PIN again:</source>
        <translation>Repita el PIN:</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the PIN twice again.</source>
        <translation>Los dos PIN no coinciden. Escriba el PIN dos veces de nuevo.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::KeyedCardDialog</name>
    <message>
        <source>Key in a card</source>
        <translation>Introducir una tarjeta</translation>
    </message>
    <message>
        <source>Type the card number and expiry for %1. They are sealed at once and never stored or shown.</source>
        <translation>Escriba el número y la fecha de caducidad de la tarjeta para %1. Se sellan al instante y nunca se guardan ni se muestran.</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/AA</translation>
    </message>
    <message>
        <source>Card number:</source>
        <translation>Número de tarjeta:</translation>
    </message>
    <message>
        <source>Expiry (MM/YY):</source>
        <translation>Caducidad (MM/AA):</translation>
    </message>
    <message>
        <source>Charge the card</source>
        <translation>Cobrar la tarjeta</translation>
    </message>
    <message>
        <source>Type the card number and the expiry as MM/YY.</source>
        <translation>Escriba el número de tarjeta y la caducidad como MM/AA.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::LinkIndicator</name>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>último contacto %1</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>No emparejada</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MainWindow</name>
    <message>
        <source>Opening the register…</source>
        <translation>Abriendo la caja…</translation>
    </message>
    <message>
        <source>Holdfast register</source>
        <translation>Caja Holdfast</translation>
    </message>
    <message>
        <source>The register cannot open its data:
%1</source>
        <translation>La caja no puede abrir sus datos:
%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Quit with payments waiting?</source>
        <translation>¿Salir con pagos pendientes?</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>¿Cerrar la sesión?</translation>
    </message>
    <message numerus="yes">
        <source>%n card payment(s) (%1) have not reached the gateway yet.</source>
        <translation>
            <numerusform>%n pago con tarjeta (%1) aún no ha llegado a la pasarela.</numerusform>
            <numerusform>%n pagos con tarjeta (%1) aún no han llegado a la pasarela.</numerusform>
        </translation>
    </message>
    <message>
        <source>While Holdfast is closed they are sent only if the holdfastctl sync service runs. Their deadline does not wait. Quit anyway?</source>
        <translation>Mientras Holdfast esté cerrado, solo se envían si funciona el servicio holdfastctl sync. Su plazo sigue corriendo. ¿Salir de todos modos?</translation>
    </message>
    <message>
        <source>They keep uploading while the register runs; the next person to sign in sees the reminder. Sign out anyway?</source>
        <translation>Se siguen enviando mientras la caja funcione; la próxima persona que inicie sesión verá el aviso. ¿Cerrar la sesión de todos modos?</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Sign in to see the payments.</source>
        <translation>Inicie sesión para ver los pagos.</translation>
    </message>
    <message>
        <source>The shift is closed. The next sign-in opens a new one.</source>
        <translation>El turno está cerrado. El próximo inicio de sesión abre uno nuevo.</translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>&amp;Venta</translation>
    </message>
    <message>
        <source>&amp;New sale</source>
        <translation>&amp;Nueva venta</translation>
    </message>
    <message>
        <source>&amp;Find a product</source>
        <translation>&amp;Buscar un producto</translation>
    </message>
    <message>
        <source>Next category</source>
        <translation>Categoría siguiente</translation>
    </message>
    <message>
        <source>Previous category</source>
        <translation>Categoría anterior</translation>
    </message>
    <message>
        <source>One &amp;more of the item</source>
        <translation>Uno &amp;más del artículo</translation>
    </message>
    <message>
        <source>One &amp;fewer of the item</source>
        <translation>Uno me&amp;nos del artículo</translation>
    </message>
    <message>
        <source>&amp;Remove the item</source>
        <translation>&amp;Quitar el artículo</translation>
    </message>
    <message>
        <source>&amp;Item discount…</source>
        <translation>Descuento del &amp;artículo…</translation>
    </message>
    <message>
        <source>&amp;Sale discount…</source>
        <translation>Descuento de la &amp;venta…</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>Co&amp;brar</translation>
    </message>
    <message>
        <source>Last &amp;receipt</source>
        <translation>Último &amp;recibo</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Caja</translation>
    </message>
    <message>
        <source>Card processing &amp;mode…</source>
        <translation>&amp;Modo de procesamiento de tarjetas…</translation>
    </message>
    <message>
        <source>Outstanding &amp;payments…</source>
        <translation>&amp;Pagos pendientes…</translation>
    </message>
    <message>
        <source>&amp;End of shift…</source>
        <translation>&amp;Cierre de turno…</translation>
    </message>
    <message>
        <source>&amp;Import catalog…</source>
        <translation>&amp;Importar el catálogo…</translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation>Pe&amp;rsonal…</translation>
    </message>
    <message>
        <source>Pair &amp;devices…</source>
        <translation>&amp;Emparejar dispositivos…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <source>&amp;About Holdfast</source>
        <translation>&amp;Acerca de Holdfast</translation>
    </message>
    <message>
        <source>Managers only</source>
        <translation>Solo para gerentes</translation>
    </message>
    <message>
        <source>Import a catalog</source>
        <translation>Importar un catálogo</translation>
    </message>
    <message>
        <source>Catalog files (*.csv);;All files (*)</source>
        <translation>Archivos de catálogo (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing the catalog…</source>
        <translation>Importando el catálogo…</translation>
    </message>
    <message>
        <source>Catalog not imported</source>
        <translation>Catálogo no importado</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. Fix these lines and import again:

%1</source>
        <translation>No se cambió nada. Corrija estas líneas e importe de nuevo:

%1</translation>
    </message>
    <message>
        <source>Catalog imported: %1 new, %2 updated, %3 new categories.</source>
        <translation>Catálogo importado: %1 nuevos, %2 actualizados, %3 categorías nuevas.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of the register:</source>
        <translation>Idioma de la caja:</translation>
    </message>
    <message>
        <source>The register uses the new language from its next start.</source>
        <translation>La caja usará el nuevo idioma a partir de su próximo inicio.</translation>
    </message>
    <message>
        <source>About Holdfast</source>
        <translation>Acerca de Holdfast</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Holdfast %1&lt;/h3&gt;&lt;p&gt;A point of sale that keeps taking card payments while the internet is down: card data is sealed at once, kept in a crash-safe queue, and sent when the connection returns.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Holdfast %1&lt;/h3&gt;&lt;p&gt;Un punto de venta que sigue cobrando con tarjeta cuando falla Internet: los datos de la tarjeta se sellan al instante, se guardan en una cola a prueba de fallos y se envían cuando vuelve la conexión.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ModeIndicator</name>
    <message>
        <source>The processing mode for card payments. Managers change it here (Ctrl+M).</source>
        <translation>El modo de procesamiento de los pagos con tarjeta. Los gerentes lo cambian aquí (Ctrl+M).</translation>
    </message>
    <message>
        <source>Cards: %1</source>
        <translation>Tarjetas: %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OfflineModeDialog</name>
    <message>
        <source>Card processing mode</source>
        <translation>Modo de procesamiento de tarjetas</translation>
    </message>
    <message>
        <source>When a card is presented</source>
        <translation>Cuando se presenta una tarjeta</translation>
    </message>
    <message>
        <source>Every card is authorised by the gateway while the customer waits. If the internet is down, cards cannot be taken.</source>
        <translation>Cada tarjeta la autoriza la pasarela mientras el cliente espera. Si falla Internet, no se pueden aceptar tarjetas.</translation>
    </message>
    <message>
        <source>Online while the gateway answers quickly; otherwise the card is approved offline, within the limits below, and sent when the connection returns.</source>
        <translation>En línea mientras la pasarela responda rápido; si no, la tarjeta se aprueba sin conexión, dentro de los límites de abajo, y se envía cuando vuelve la conexión.</translation>
    </message>
    <message>
        <source>Every card is approved offline and queued, even when online (for sporadic connections).</source>
        <translation>Cada tarjeta se aprueba sin conexión y se pone en cola, incluso en línea (para conexiones intermitentes).</translation>
    </message>
    <message>
        <source>Only a manager can change the offline mode. %1 is signed in as a cashier.</source>
        <translation>Solo un gerente puede cambiar el modo sin conexión. %1 ha iniciado sesión como cajero.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline limits:&lt;/b&gt; not known yet — the register has not reached the gateway since it was paired. Until it does, no card can be approved offline.</source>
        <translation>&lt;b&gt;Límites sin conexión:&lt;/b&gt; aún desconocidos; la caja no ha contactado con la pasarela desde que se emparejó. Hasta entonces, no se puede aprobar ninguna tarjeta sin conexión.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline payments are not allowed at this location&lt;/b&gt; (the back office decides). Allow offline and Force offline will refuse cards.</source>
        <translation>&lt;b&gt;Los pagos sin conexión no están permitidos en esta ubicación&lt;/b&gt; (lo decide la oficina). «Permitir sin conexión» y «Forzar sin conexión» rechazarán las tarjetas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline limits at this location&lt;/b&gt; (set by the back office):</source>
        <translation>&lt;b&gt;Límites sin conexión en esta ubicación&lt;/b&gt; (fijados por la oficina):</translation>
    </message>
    <message>
        <source>• At most %1 per payment</source>
        <translation>• Como mucho %1 por pago</translation>
    </message>
    <message>
        <source>• At most %1 waiting in all (now %2)</source>
        <translation>• Como mucho %1 pendientes en total (ahora %2)</translation>
    </message>
    <message>
        <source>• At most %1 payments waiting (now %2)</source>
        <translation>• Como mucho %1 pagos pendientes (ahora %2)</translation>
    </message>
    <message numerus="yes">
        <source>• No new offline payment once the oldest waiting one is %n hour(s) old</source>
        <translation>
            <numerusform>• Ningún pago sin conexión nuevo cuando el pendiente más antiguo tiene %n hora</numerusform>
            <numerusform>• Ningún pago sin conexión nuevo cuando el pendiente más antiguo tiene %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• Each must reach the gateway within %n hour(s)</source>
        <translation>
            <numerusform>• Cada uno debe llegar a la pasarela en %n hora</numerusform>
            <numerusform>• Cada uno debe llegar a la pasarela en %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>• Interac debit cards are never taken offline</source>
        <translation>• Las tarjetas de débito Interac nunca se aceptan sin conexión</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OutageSwitch</name>
    <message>
        <source>Simulate internet outage</source>
        <translation>Simular un corte de Internet</translation>
    </message>
    <message>
        <source>Demo only: cuts the register&apos;s link to the gateway (and restores it), so you can see offline payments queue and then upload.</source>
        <translation>Solo para demostración: corta el enlace de la caja con la pasarela (y lo restablece), para ver cómo los pagos sin conexión se ponen en cola y después se envían.</translation>
    </message>
    <message>
        <source>The link to the gateway is cut. Click to restore it.</source>
        <translation>El enlace con la pasarela está cortado. Haga clic para restablecerlo.</translation>
    </message>
    <message>
        <source>The link to the gateway works. Click to cut it.</source>
        <translation>El enlace con la pasarela funciona. Haga clic para cortarlo.</translation>
    </message>
    <message>
        <source>The outage control did not answer: %1</source>
        <translation>El control de cortes no respondió: %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PairingDialog</name>
    <message>
        <source>Pair devices</source>
        <translation>Emparejar dispositivos</translation>
    </message>
    <message>
        <source>Till 1</source>
        <translation>Caja 1</translation>
    </message>
    <message>
        <source>Gateway (back office)</source>
        <translation>Pasarela (oficina)</translation>
    </message>
    <message>
        <source>Gateway &amp;address:</source>
        <translation>&amp;Dirección de la pasarela:</translation>
    </message>
    <message>
        <source>&amp;Device code:</source>
        <translation>Código de &amp;dispositivo:</translation>
    </message>
    <message>
        <source>Register &amp;name:</source>
        <translation>&amp;Nombre de la caja:</translation>
    </message>
    <message>
        <source>Pair with the &amp;gateway</source>
        <translation>Emparejar con la &amp;pasarela</translation>
    </message>
    <message>
        <source>Payment terminal</source>
        <translation>Terminal de pago</translation>
    </message>
    <message>
        <source>&amp;Terminal address:</source>
        <translation>Dirección del &amp;terminal:</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>&amp;Código de emparejamiento:</translation>
    </message>
    <message>
        <source>Pair with the &amp;terminal</source>
        <translation>Emparejar con el &amp;terminal</translation>
    </message>
    <message>
        <source>Pairing…</source>
        <translation>Emparejando…</translation>
    </message>
    <message>
        <source>Paired. Keys and offline limits are fetched.</source>
        <translation>Emparejada. Se obtuvieron las claves y los límites sin conexión.</translation>
    </message>
    <message>
        <source>Paired with the terminal.</source>
        <translation>Emparejada con el terminal.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PaymentQueueModel</name>
    <message>
        <source>%1 •••• %2</source>
        <translation>%1 •••• %2</translation>
    </message>
    <message>
        <source>deadline passed</source>
        <translation>plazo vencido</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time left to upload</source>
        <translation>Tiempo restante para el envío</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Último problema</translation>
    </message>
    <message>
        <source>Void pending</source>
        <translation>Anulación pendiente</translation>
    </message>
    <message>
        <source>%1 — unconfirmed</source>
        <translation>%1 — sin confirmar</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PinPad</name>
    <message>
        <source>Sign in (Enter)</source>
        <translation>Iniciar sesión (Intro)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ProductGrid</name>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ProductListModel</name>
    <message>
        <source>%1 — %2 (SKU %3)</source>
        <translation>%1 — %2 (SKU %3)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::QueueDialog</name>
    <message>
        <source>&amp;Void selected…</source>
        <translation>&amp;Anular el seleccionado…</translation>
    </message>
    <message>
        <source>Card payments on this register</source>
        <translation>Pagos con tarjeta de esta caja</translation>
    </message>
    <message>
        <source>Outstanding (not settled yet)</source>
        <translation>Pendientes (aún sin liquidar)</translation>
    </message>
    <message>
        <source>All payments</source>
        <translation>Todos los pagos</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>Actuali&amp;zar (F5)</translation>
    </message>
    <message>
        <source>&amp;Upload all now</source>
        <translation>&amp;Enviar todo ahora</translation>
    </message>
    <message>
        <source>Upload &amp;selected</source>
        <translation>Enviar los &amp;seleccionados</translation>
    </message>
    <message>
        <source>Only a manager can void a card payment.</source>
        <translation>Solo un gerente puede anular un pago con tarjeta.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) listed.</source>
        <translation>
            <numerusform>%n pago en la lista.</numerusform>
            <numerusform>%n pagos en la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to upload (%1).</source>
        <translation>
            <numerusform>%n pendiente de envío (%1).</numerusform>
            <numerusform>%n pendientes de envío (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nearest deadline in %1.</source>
        <translation>El plazo más próximo vence en %1.</translation>
    </message>
    <message>
        <source>A deadline has passed.</source>
        <translation>Ha vencido un plazo.</translation>
    </message>
    <message>
        <source>Uploading every waiting payment now…</source>
        <translation>Enviando ahora todos los pagos pendientes…</translation>
    </message>
    <message>
        <source>Select the payments to upload first.</source>
        <translation>Elija primero los pagos que enviar.</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n payment(s) now…</source>
        <translation>
            <numerusform>Enviando %n pago ahora…</numerusform>
            <numerusform>Enviando %n pagos ahora…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one payment to void.</source>
        <translation>Elija un solo pago para anular.</translation>
    </message>
    <message>
        <source>Void this payment?</source>
        <translation>¿Anular este pago?</translation>
    </message>
    <message>
        <source>Void %1 on %2 •••• %3? The customer will not be charged (or will be refunded). This cannot be undone.</source>
        <translation>¿Anular %1 en %2 •••• %3? No se cobrará al cliente (o se le devolverá). No se puede deshacer.</translation>
    </message>
    <message>
        <source>The payment was voided.</source>
        <translation>El pago se anuló.</translation>
    </message>
    <message>
        <source>Void pending: the payment may have reached the gateway, which cancels or refunds it as soon as it answers. It shows as void pending until then.</source>
        <translation>Anulación pendiente: el pago puede haber llegado a la pasarela, que lo anula o lo reembolsa en cuanto responda. Hasta entonces aparece como anulación pendiente.</translation>
    </message>
    <message>
        <source>The bank had declined this payment: nothing was charged, nothing to void.</source>
        <translation>El banco había rechazado este pago: no se cobró nada, no hay nada que anular.</translation>
    </message>
    <message>
        <source>Unconfirmed (outcome never shown)</source>
        <translation>Sin confirmar (resultado nunca mostrado)</translation>
    </message>
    <message>
        <source>&amp;Keep unconfirmed</source>
        <translation>&amp;Conservar el no confirmado</translation>
    </message>
    <message numerus="yes">
        <source>%n unconfirmed: nobody saw the outcome; a manager keeps or voids each.</source>
        <translation>
            <numerusform>%n sin confirmar: nadie vio el resultado; un gerente lo conserva o lo anula.</numerusform>
            <numerusform>%n sin confirmar: nadie vio el resultado; un gerente conserva o anula cada uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n void(s) waiting for the gateway.</source>
        <translation>
            <numerusform>%n anulación espera a la pasarela.</numerusform>
            <numerusform>%n anulaciones esperan a la pasarela.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one unconfirmed payment to keep.</source>
        <translation>Seleccione un pago sin confirmar para conservarlo.</translation>
    </message>
    <message>
        <source>The payment is kept.</source>
        <translation>El pago se conserva.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReceiptDialog</name>
    <message>
        <source>Receipt — sale %1</source>
        <translation>Recibo: venta %1</translation>
    </message>
    <message>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation>&amp;Imprimir… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Receipt roll</source>
        <translation>Rollo de recibos</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>Receipt not saved</source>
        <translation>Recibo no guardado</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>No se pudo escribir el PDF en %1.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Imprimir el recibo</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Guardar el recibo como PDF</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>recibo-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReminderBanner</name>
    <message>
        <source>Show payments (F9)</source>
        <translation>Ver los pagos (F9)</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Aviso de pagos</translation>
    </message>
    <message>
        <source>Sending payments</source>
        <translation>Enviando pagos</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Reconnect soon</source>
        <translation>Vuelva a conectar pronto</translation>
    </message>
    <message>
        <source>Deadline passed</source>
        <translation>Plazo vencido</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReminderNotifier</name>
    <message>
        <source>Holdfast register</source>
        <translation>Caja Holdfast</translation>
    </message>
    <message>
        <source>Holdfast: %1</source>
        <translation>Holdfast: %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::SalePage</name>
    <message>
        <source>Taxes are not set up yet, so nothing can be sold.</source>
        <translation>Los impuestos aún no están configurados, así que no se puede vender nada.</translation>
    </message>
    <message>
        <source>The sale is empty: add items first.</source>
        <translation>La venta está vacía: añada primero artículos.</translation>
    </message>
    <message>
        <source>Sale %1 paid. Last receipt: Ctrl+R.</source>
        <translation>Venta %1 pagada. Último recibo: Ctrl+R.</translation>
    </message>
    <message>
        <source>Sale cancelled. The items are still here.</source>
        <translation>Venta cancelada. Los artículos siguen aquí.</translation>
    </message>
    <message>
        <source>New sale.</source>
        <translation>Nueva venta.</translation>
    </message>
    <message>
        <source>No sale has been paid yet on this screen.</source>
        <translation>Todavía no se ha pagado ninguna venta en esta pantalla.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ShiftReportDialog</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;End the shift</source>
        <translation>&amp;Cerrar el turno</translation>
    </message>
    <message>
        <source>End of shift</source>
        <translation>Cierre de turno</translation>
    </message>
    <message>
        <source>Not everything is settled:</source>
        <translation>No todo está liquidado:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Only a manager can end the shift.</source>
        <translation>Solo un gerente puede cerrar el turno.</translation>
    </message>
    <message>
        <source>Paid sales</source>
        <translation>Ventas pagadas</translation>
    </message>
    <message>
        <source>Open sales</source>
        <translation>Ventas abiertas</translation>
    </message>
    <message>
        <source>Cancelled sales</source>
        <translation>Ventas canceladas</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Cards, online</source>
        <translation>Tarjetas, en línea</translation>
    </message>
    <message>
        <source>Cards, offline</source>
        <translation>Tarjetas, sin conexión</translation>
    </message>
    <message>
        <source>  of which still pending</source>
        <translation>  de ellas, aún pendientes</translation>
    </message>
    <message>
        <source>  of which declined after the sale</source>
        <translation>  de ellas, rechazadas después de la venta</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Cambio entregado</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Redondeo en efectivo</translation>
    </message>
    <message>
        <source>Expected cash in the drawer</source>
        <translation>Efectivo esperado en el cajón</translation>
    </message>
    <message>
        <source>Offline payments waiting to upload</source>
        <translation>Pagos sin conexión pendientes de envío</translation>
    </message>
    <message>
        <source>Nearest upload deadline</source>
        <translation>Plazo de envío más próximo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>End the shift anyway?</source>
        <translation>¿Cerrar el turno de todos modos?</translation>
    </message>
    <message>
        <source>Some payments or sales are not settled (see the warning). They stay on this register and keep uploading. End the shift anyway?</source>
        <translation>Hay pagos o ventas sin liquidar (vea el aviso). Se quedan en esta caja y se siguen enviando. ¿Cerrar el turno de todos modos?</translation>
    </message>
    <message>
        <source>The shift is still open</source>
        <translation>El turno sigue abierto</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::SignInPage</name>
    <message>
        <source>Who is at the register?</source>
        <translation>¿Quién está en la caja?</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Pick your name (arrow keys), then type your PIN.</source>
        <translation>Elija su nombre (flechas) y escriba su PIN.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>The register locked while %1 was away. Type a PIN to continue.</source>
        <translation>La caja se bloqueó mientras %1 no estaba. Escriba un PIN para continuar.</translation>
    </message>
    <message>
        <source>Pick your name</source>
        <translation>Elija su nombre</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>PIN de %1</translation>
    </message>
    <message>
        <source>Pick your name first.</source>
        <translation>Elija primero su nombre.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Escriba su PIN.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;PIN (4–8 digits):</source>
        <translation>&amp;PIN (4 a 8 dígitos):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>Repita el P&amp;IN:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Set a new PIN for the selected person</source>
        <translation>Poner un PIN nuevo a la persona elegida</translation>
    </message>
    <message>
        <source>Add someone, or set a new PIN</source>
        <translation>Añadir a alguien o poner un PIN nuevo</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>Los dos PIN no coinciden. Escriba el PIN de nuevo.</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 ya puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Select the person first.</source>
        <translation>Elija primero a la persona.</translation>
    </message>
    <message>
        <source>The new PIN works from now on.</source>
        <translation>El PIN nuevo funciona desde ahora.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::TenderDialog</name>
    <message>
        <source>Card on terminal (F5)</source>
        <translation>Tarjeta en el terminal (F5)</translation>
    </message>
    <message>
        <source>Key in card (F6)</source>
        <translation>Introducir la tarjeta (F6)</translation>
    </message>
    <message>
        <source>Cash (F7)</source>
        <translation>Efectivo (F7)</translation>
    </message>
    <message>
        <source>Receipt (Ctrl+P)</source>
        <translation>Recibo (Ctrl+P)</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>Cancelar la venta</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>Hecho (Intro)</translation>
    </message>
    <message>
        <source>Payment — sale %1</source>
        <translation>Cobro: venta %1</translation>
    </message>
    <message>
        <source>Amount to pay now</source>
        <translation>Importe a pagar ahora</translation>
    </message>
    <message>
        <source>Amount to pay now:</source>
        <translation>Importe a pagar ahora:</translation>
    </message>
    <message>
        <source>Lower it to split the payment between cards or cash.</source>
        <translation>Redúzcalo para repartir el pago entre tarjetas o efectivo.</translation>
    </message>
    <message>
        <source>How does the customer pay?</source>
        <translation>¿Cómo paga el cliente?</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Efectivo recibido</translation>
    </message>
    <message>
        <source>Take cash (Enter)</source>
        <translation>Cobrar en efectivo (Intro)</translation>
    </message>
    <message>
        <source>Cash received:</source>
        <translation>Efectivo recibido:</translation>
    </message>
    <message>
        <source>Cancel card (Esc)</source>
        <translation>Cancelar la tarjeta (Esc)</translation>
    </message>
    <message>
        <source>name@example.com or 514 555 0199</source>
        <translation>nombre@ejemplo.com o 514 555 0199</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Guardar el contacto</translation>
    </message>
    <message>
        <source>Optional: the customer&apos;s e-mail or phone, in case the bank declines this payment later.</source>
        <translation>Opcional: el correo o el teléfono del cliente, por si el banco rechaza este pago más tarde.</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Pagado por completo</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Pendiente %1</translation>
    </message>
    <message>
        <source>Total %1 · paid %2</source>
        <translation>Total %1 · pagado %2</translation>
    </message>
    <message>
        <source>Card payments: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Pagos con tarjeta: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>every card is approved offline and sent later.</source>
        <translation>cada tarjeta se aprueba sin conexión y se envía más tarde.</translation>
    </message>
    <message>
        <source>the gateway is offline, so cards are approved offline within the limits.</source>
        <translation>la pasarela está sin conexión, así que las tarjetas se aprueban sin conexión dentro de los límites.</translation>
    </message>
    <message>
        <source>the gateway is offline, so card payments cannot go through. Take cash, or ask a manager to allow offline payments.</source>
        <translation>la pasarela está sin conexión, así que los pagos con tarjeta no pueden pasar. Cobre en efectivo o pida a un gerente que permita los pagos sin conexión.</translation>
    </message>
    <message>
        <source>Change due: %1</source>
        <translation>Cambio a devolver: %1</translation>
    </message>
    <message>
        <source>Cash taken. The sale is paid.</source>
        <translation>Efectivo cobrado. La venta está pagada.</translation>
    </message>
    <message>
        <source>Cash taken. %1 is still due.</source>
        <translation>Efectivo cobrado. Quedan %1 por pagar.</translation>
    </message>
    <message>
        <source>Sealing the card and charging %1…</source>
        <translation>Sellando la tarjeta y cobrando %1…</translation>
    </message>
    <message>
        <source>Ask the customer to tap, insert or swipe their card on the terminal for %1.</source>
        <translation>Pida al cliente que acerque, inserte o deslice su tarjeta en el terminal para %1.</translation>
    </message>
    <message>
        <source>%1 ending %2: %3</source>
        <translation>%1 terminada en %2: %3</translation>
    </message>
    <message>
        <source>Cancelling on the terminal…</source>
        <translation>Cancelando en el terminal…</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contacto guardado.</translation>
    </message>
    <message>
        <source>Cancel this sale?</source>
        <translation>¿Cancelar esta venta?</translation>
    </message>
    <message>
        <source>%1 was already paid on this sale. Cancel it anyway? Give back any cash taken.</source>
        <translation>Ya se pagaron %1 en esta venta. ¿Cancelarla de todos modos? Devuelva el efectivo cobrado.</translation>
    </message>
    <message>
        <source>cancelled at the register</source>
        <translation>cancelada en la caja</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::UnconfirmedDialog</name>
    <message>
        <source>no sale</source>
        <translation>sin venta</translation>
    </message>
    <message>
        <source>sale %1</source>
        <translation>venta %1</translation>
    </message>
    <message>
        <source>%1 — %2 •••• %3, %4 — %5</source>
        <translation>%1 — %2 •••• %3, %4 — %5</translation>
    </message>
    <message>
        <source>&amp;Keep: the customer paid with it</source>
        <translation>&amp;Conservar: el cliente pagó con él</translation>
    </message>
    <message>
        <source>&amp;Void: do not charge (refund)</source>
        <translation>&amp;Anular: no cobrar (reembolsar)</translation>
    </message>
    <message>
        <source>Card payments from before the restart</source>
        <translation>Pagos con tarjeta de antes del reinicio</translation>
    </message>
    <message>
        <source>These card payments were taken just before the register stopped. They are now on their sales: do not charge these customers again.</source>
        <translation>Estos pagos con tarjeta se tomaron justo antes de que la caja se detuviera. Ya están en sus ventas: no vuelva a cobrar a estos clientes.</translation>
    </message>
    <message>
        <source>No other card payment waits for a decision.</source>
        <translation>Ningún otro pago con tarjeta espera una decisión.</translation>
    </message>
    <message>
        <source>Nobody saw the outcome of these card payments, and they belong to no open sale here. A manager keeps each one the customer really paid with, and voids the others.</source>
        <translation>Nadie vio el resultado de estos pagos con tarjeta, y no pertenecen a ninguna venta abierta aquí. Un gerente conserva cada uno con el que el cliente realmente pagó y anula los demás.</translation>
    </message>
    <message>
        <source>Ask a manager to sign in and decide.</source>
        <translation>Pida a un gerente que inicie sesión y decida.</translation>
    </message>
    <message>
        <source>Select a payment first.</source>
        <translation>Seleccione primero un pago.</translation>
    </message>
    <message>
        <source>Kept.</source>
        <translation>Conservado.</translation>
    </message>
    <message>
        <source>Void this payment?</source>
        <translation>¿Anular este pago?</translation>
    </message>
    <message>
        <source>The customer will not be charged, or will be refunded. This cannot be undone.</source>
        <translation>No se cobrará al cliente, o se le reembolsará. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Void pending: the gateway confirms it when it answers.</source>
        <translation>Anulación pendiente: la pasarela la confirmará cuando responda.</translation>
    </message>
    <message>
        <source>Voided.</source>
        <translation>Anulado.</translation>
    </message>
</context>
<context>
    <name>holdfastctl</name>
    <message>
        <source>Pair this register with a gateway location using a one-time device code.</source>
        <translation>Emparejar esta caja con una ubicación de la pasarela mediante un código de dispositivo de un solo uso.</translation>
    </message>
    <message>
        <source>Queue counts and totals, nearest deadline, reminder level, reachability.</source>
        <translation>Cantidades y totales de la cola, plazo más próximo, nivel de aviso, accesibilidad.</translation>
    </message>
    <message>
        <source>Write queued (sealed) payments to a rescue file, safe to carry.</source>
        <translation>Escribir los pagos en cola (sellados) en un archivo de rescate, seguro de transportar.</translation>
    </message>
    <message>
        <source>Queue the payments of a rescue file on this register.</source>
        <translation>Poner en cola en esta caja los pagos de un archivo de rescate.</translation>
    </message>
    <message>
        <source>Usage: holdfastctl [--data DIR] [--json] COMMAND [OPTIONS]

The Holdfast register without a screen.

Commands:
</source>
        <translation>Uso: holdfastctl [--data CARPETA] [--json] ORDEN [OPCIONES]

La caja Holdfast sin pantalla.

Órdenes:
</translation>
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
        <translation>
Opciones generales:
  --data CARPETA  la carpeta de datos de la caja (por defecto: %1)
  --json          salida legible por máquina
  --help          este texto; ORDEN --help muestra las opciones de una orden
  --version       la versión

Códigos de salida: 0 éxito, 1 fallo, 2 error de uso, 3 rechazado, 4 rechazado por la política, 5 resultado pendiente.
Los secretos (tokens de la pasarela, secretos de los terminales) se guardan en el llavero del sistema (Secret Service).
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>holdfastctl: unknown command &apos;%1&apos;.</source>
        <translation>holdfastctl: orden desconocida «%1».</translation>
    </message>
    <message>
        <source>Cannot read the card from standard input.</source>
        <translation>No se puede leer la tarjeta de la entrada estándar.</translation>
    </message>
    <message>
        <source>Type the card as &quot;PAN MM/YY&quot; on standard input.</source>
        <translation>Escriba la tarjeta como «PAN MM/AA» en la entrada estándar.</translation>
    </message>
    <message>
        <source>Register %1 (%2) of location %3 at %4</source>
        <translation>Caja %1 (%2) de la ubicación %3 en %4</translation>
    </message>
    <message>
        <source>Gateway: %1</source>
        <translation>Pasarela: %1</translation>
    </message>
    <message>
        <source>Default mode: %1</source>
        <translation>Modo predeterminado: %1</translation>
    </message>
    <message>
        <source>Nearest upload deadline: %1</source>
        <translation>Plazo de envío más próximo: %1</translation>
    </message>
    <message>
        <source>Reminder (%1): %2</source>
        <translation>Aviso (%1): %2</translation>
    </message>
    <message>
        <source>The amount, like 12.34, tip included.</source>
        <translation>El importe, como 12.34, propina incluida.</translation>
    </message>
    <message>
        <source>online, offline or auto (default: the register&apos;s mode).</source>
        <translation>online, offline o auto (por defecto: el modo de la caja).</translation>
    </message>
    <message>
        <source>Read &quot;PAN MM/YY&quot; from standard input instead of the terminal.</source>
        <translation>Leer «PAN MM/AA» de la entrada estándar en lugar del terminal.</translation>
    </message>
    <message>
        <source>The part of AMOUNT that is a tip.</source>
        <translation>La parte del IMPORTE que es propina.</translation>
    </message>
    <message>
        <source>Who takes the payment.</source>
        <translation>Quién cobra.</translation>
    </message>
    <message>
        <source>Take a card payment.</source>
        <translation>Cobrar con tarjeta.</translation>
    </message>
    <message>
        <source>holdfastctl charge: give exactly one AMOUNT.</source>
        <translation>holdfastctl charge: indique exactamente un IMPORTE.</translation>
    </message>
    <message>
        <source>holdfastctl charge: --mode is online, offline or auto.</source>
        <translation>holdfastctl charge: --mode es online, offline o auto.</translation>
    </message>
    <message>
        <source>No payment terminal is paired with this register. Pair one with holdfastctl terminal pair, or use --keyed.</source>
        <translation>No hay ningún terminal de pago emparejado con esta caja. Empareje uno con holdfastctl terminal pair o use --keyed.</translation>
    </message>
    <message>
        <source>The amount must be more than zero and cover the tip.</source>
        <translation>El importe debe ser mayor que cero y cubrir la propina.</translation>
    </message>
    <message>
        <source>Only payments in this status (QUEUED, UPLOADED, …).</source>
        <translation>Solo los pagos en este estado (QUEUED, UPLOADED, …).</translation>
    </message>
    <message>
        <source>At most N payments (default 100).</source>
        <translation>Como mucho N pagos (100 por defecto).</translation>
    </message>
    <message>
        <source>holdfastctl queue: --limit is a positive number.</source>
        <translation>holdfastctl queue: --limit es un número positivo.</translation>
    </message>
    <message>
        <source>  (past its deadline)</source>
        <translation>  (plazo vencido)</translation>
    </message>
    <message>
        <source>The payment&apos;s local reference.</source>
        <translation>La referencia local del pago.</translation>
    </message>
    <message>
        <source>Payment %1 is now %2.</source>
        <translation>El pago %1 ahora está %2.</translation>
    </message>
    <message>
        <source>The gateway&apos;s address, e.g. https://pay.example.com.</source>
        <translation>La dirección de la pasarela, p. ej. https://pay.example.com.</translation>
    </message>
    <message>
        <source>The one-time device code from the back office.</source>
        <translation>El código de dispositivo de un solo uso de la oficina.</translation>
    </message>
    <message>
        <source>What to call this register (default: Register).</source>
        <translation>El nombre de esta caja (por defecto: Register).</translation>
    </message>
    <message>
        <source>Pair this register with a gateway location.</source>
        <translation>Emparejar esta caja con una ubicación de la pasarela.</translation>
    </message>
    <message>
        <source>holdfastctl pair: --gateway and --code are required.</source>
        <translation>holdfastctl pair: --gateway y --code son obligatorios.</translation>
    </message>
    <message>
        <source>Paired as register %1 of location %2 at %3.</source>
        <translation>Emparejada como caja %1 de la ubicación %2 en %3.</translation>
    </message>
    <message>
        <source>Gateway signing key (pinned): %1</source>
        <translation>Clave de firma de la pasarela (fijada): %1</translation>
    </message>
    <message>
        <source>Warning: %1 It will be fetched again when the gateway is reachable.</source>
        <translation>Aviso: %1 Se volverá a obtener cuando la pasarela esté accesible.</translation>
    </message>
    <message>
        <source>Keep running: upload whenever the gateway is reachable.</source>
        <translation>Seguir funcionando: enviar siempre que la pasarela esté accesible.</translation>
    </message>
    <message>
        <source>Upload queued payments now and collect their outcomes.</source>
        <translation>Enviar ahora los pagos en cola y recoger sus resultados.</translation>
    </message>
    <message>
        <source>Another Holdfast program (pid %1) is uploading this register&apos;s payments.</source>
        <translation>Otro programa de Holdfast (pid %1) está enviando los pagos de esta caja.</translation>
    </message>
    <message>
        <source>Uploaded %1, approved %2, declined %3, refused %4; %5 still outstanding.</source>
        <translation>Enviados %1, aprobados %2, rechazados %3, denegados %4; %5 aún pendientes.</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Último problema: %1</translation>
    </message>
    <message>
        <source>Where to write the rescue file.</source>
        <translation>Dónde escribir el archivo de rescate.</translation>
    </message>
    <message>
        <source>holdfastctl export: give exactly one FILE.</source>
        <translation>holdfastctl export: indique exactamente un ARCHIVO.</translation>
    </message>
    <message>
        <source>Wrote %1 queued payment(s) to %2.</source>
        <translation>Se escribieron %1 pagos en cola en %2.</translation>
    </message>
    <message>
        <source>The rescue file to import.</source>
        <translation>El archivo de rescate que importar.</translation>
    </message>
    <message>
        <source>holdfastctl import: give exactly one FILE.</source>
        <translation>holdfastctl import: indique exactamente un ARCHIVO.</translation>
    </message>
    <message>
        <source>Imported %1 payment(s); %2 were already here.</source>
        <translation>Se importaron %1 pagos; %2 ya estaban aquí.</translation>
    </message>
    <message>
        <source>Pair with the LAN payment terminal showing CODE (its certificate is pinned), show it, or forget it before pairing a replacement.</source>
        <translation>Emparejar el terminal de pago de la red local que muestra CODE (su certificado queda fijado), mostrarlo u olvidarlo antes de emparejar uno de reemplazo.</translation>
    </message>
    <message>
        <source>Show or set the register&apos;s default processing mode (the offline toggle).</source>
        <translation>Mostrar o establecer el modo de procesamiento predeterminado de la caja (el selector sin conexión).</translation>
    </message>
    <message>
        <source>Add staff who sign in at the register (the first must be a manager; the PIN is read from standard input), or list them.</source>
        <translation>Añadir personal que inicia sesión en la caja (el primero debe ser gerente; el PIN se lee de la entrada estándar), o listarlo.</translation>
    </message>
    <message>
        <source>Present the card on the terminal…</source>
        <translation>Presente la tarjeta en el terminal…</translation>
    </message>
    <message>
        <source>Also payments taken under an earlier pairing to another location (they still upload).</source>
        <translation>También los pagos tomados con un emparejamiento anterior a otra ubicación (se siguen enviando).</translation>
    </message>
    <message>
        <source>List payments of this location (or of all), newest first.</source>
        <translation>Listar los pagos de esta ubicación (o de todas), los más recientes primero.</translation>
    </message>
    <message>
        <source>Could not renew the keys and settings: %1</source>
        <translation>No se pudieron renovar las claves y la configuración: %1</translation>
    </message>
    <message>
        <source>Give the PIN on standard input.</source>
        <translation>Indique el PIN en la entrada estándar.</translation>
    </message>
    <message>
        <source>The name shown on the sign-in screen.</source>
        <translation>El nombre que se muestra en la pantalla de inicio de sesión.</translation>
    </message>
    <message>
        <source>cashier or manager (default: cashier).</source>
        <translation>cashier (cajero) o manager (gerente) (predeterminado: cashier).</translation>
    </message>
    <message>
        <source>Add a staff member; the PIN (4 to 8 digits) is read from standard input.</source>
        <translation>Añadir un miembro del personal; el PIN (de 4 a 8 dígitos) se lee de la entrada estándar.</translation>
    </message>
    <message>
        <source>Usage: holdfastctl staff add NAME [--role cashier|manager] &lt; PIN</source>
        <translation>Uso: holdfastctl staff add NOMBRE [--role cashier|manager] &lt; PIN</translation>
    </message>
    <message>
        <source>The first staff member must be a manager.</source>
        <translation>El primer miembro del personal debe ser gerente.</translation>
    </message>
    <message>
        <source>There is no active manager to add staff with.</source>
        <translation>No hay ningún gerente activo con el que añadir personal.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Se añadió a %1 (%2).</translation>
    </message>
    <message>
        <source>List the staff members.</source>
        <translation>Listar los miembros del personal.</translation>
    </message>
    <message>
        <source>Usage: holdfastctl staff add NAME [--role cashier|manager] &lt; PIN | staff list</source>
        <translation>Uso: holdfastctl staff add NOMBRE [--role cashier|manager] &lt; PIN | staff list</translation>
    </message>
    <message>
        <source>online, offline or auto; without it, show the mode.</source>
        <translation>online, offline o auto; sin él, muestra el modo.</translation>
    </message>
    <message>
        <source>Show or set the register&apos;s default processing mode (the manager&apos;s offline toggle).</source>
        <translation>Mostrar o establecer el modo de procesamiento predeterminado de la caja (el selector sin conexión del gerente).</translation>
    </message>
    <message>
        <source>holdfastctl mode: MODE is online, offline or auto.</source>
        <translation>holdfastctl mode: MODE es online, offline o auto.</translation>
    </message>
    <message>
        <source>The terminal&apos;s address, e.g. https://192.168.1.40:8443.</source>
        <translation>La dirección del terminal, p. ej. https://192.168.1.40:8443.</translation>
    </message>
    <message>
        <source>The pairing code the terminal shows.</source>
        <translation>El código de emparejamiento que muestra el terminal.</translation>
    </message>
    <message>
        <source>Pair with a LAN payment terminal.</source>
        <translation>Emparejar un terminal de pago de la red local.</translation>
    </message>
    <message>
        <source>holdfastctl terminal pair: --url and --code are required.</source>
        <translation>holdfastctl terminal pair: --url y --code son obligatorios.</translation>
    </message>
    <message>
        <source>Paired with terminal %1 (%2) at %3.</source>
        <translation>Emparejada con el terminal %1 (%2) en %3.</translation>
    </message>
    <message>
        <source>Certificate (pinned): %1</source>
        <translation>Certificado (fijado): %1</translation>
    </message>
    <message>
        <source>Show the paired terminal and its state.</source>
        <translation>Mostrar el terminal emparejado y su estado.</translation>
    </message>
    <message>
        <source>No payment terminal is paired with this register.</source>
        <translation>No hay ningún terminal de pago emparejado con esta caja.</translation>
    </message>
    <message>
        <source>Terminal %1 (%2) at %3: %4</source>
        <translation>Terminal %1 (%2) en %3: %4</translation>
    </message>
    <message>
        <source>Forget the paired terminal (before pairing its replacement).</source>
        <translation>Olvidar el terminal emparejado (antes de emparejar su reemplazo).</translation>
    </message>
    <message>
        <source>The terminal was forgotten.</source>
        <translation>Se olvidó el terminal.</translation>
    </message>
    <message>
        <source>Usage: holdfastctl terminal pair --url URL --code CODE | terminal status | terminal forget</source>
        <translation>Uso: holdfastctl terminal pair --url URL --code CODE | terminal status | terminal forget</translation>
    </message>
    <message>
        <source>Another Holdfast program is starting to upload this register&apos;s payments.</source>
        <translation>Otro programa de Holdfast está empezando a enviar los pagos de esta caja.</translation>
    </message>
    <message>
        <source>Take a card payment on the paired terminal. Exit 0 approved (online or offline), 3 declined, 4 refused by policy or by the card reader, 5 outcome pending. --keyed reads &quot;PAN MM/YY&quot; from standard input instead (never from arguments). A second charge with the same --reference returns the first payment&apos;s outcome and exit code instead of charging.</source>
        <translation>Tomar un pago con tarjeta en el terminal emparejado. Salida 0 aprobado (en línea o sin conexión), 3 rechazado, 4 rechazado por la política o por el lector de tarjetas, 5 resultado pendiente. --keyed lee «PAN MM/AA» de la entrada estándar en su lugar (nunca de los argumentos). Un segundo cobro con la misma --reference devuelve el resultado y el código de salida del primer pago en lugar de cobrar.</translation>
    </message>
    <message>
        <source>List payments of this location (with --all-locations also those taken under an earlier pairing), newest first; --unconfirmed only those whose outcome was never shown.</source>
        <translation>Listar los pagos de esta ubicación (con --all-locations también los tomados con un emparejamiento anterior), los más recientes primero; --unconfirmed solo aquellos cuyo resultado nunca se mostró.</translation>
    </message>
    <message>
        <source>Deliver waiting voids, upload queued payments (also those waiting for a retry) and collect outcomes now; --watch keeps doing so (a background service).</source>
        <translation>Enviar las anulaciones pendientes, subir los pagos en cola (también los que esperan un reintento) y recoger los resultados ahora; --watch sigue haciéndolo (un servicio en segundo plano).</translation>
    </message>
    <message>
        <source>Cancel a payment; one the gateway already processed is refunded. One that may have reached the gateway stays &quot;void pending&quot; (exit 5) until the gateway confirms.</source>
        <translation>Anular un pago; si la pasarela ya lo procesó, se reembolsa. Uno que puede haber llegado a la pasarela queda como «anulación pendiente» (salida 5) hasta que la pasarela lo confirme.</translation>
    </message>
    <message>
        <source>Keep an unconfirmed payment (its outcome was never shown) once a manager checked its sale.</source>
        <translation>Conservar un pago sin confirmar (su resultado nunca se mostró) una vez que un gerente revisó su venta.</translation>
    </message>
    <message>
        <source>Warning: could not record that the outcome was shown: %1</source>
        <translation>Aviso: no se pudo registrar que se mostró el resultado: %1</translation>
    </message>
    <message>
        <source>Voids waiting for the gateway to confirm: %1</source>
        <translation>Anulaciones que esperan la confirmación de la pasarela: %1</translation>
    </message>
    <message>
        <source>Unconfirmed payments (outcome never shown; a manager keeps or voids them, see holdfastctl queue --unconfirmed): %1</source>
        <translation>Pagos sin confirmar (resultado nunca mostrado; un gerente los conserva o los anula, vea holdfastctl queue --unconfirmed): %1</translation>
    </message>
    <message>
        <source>The sale this pays for. A second charge for the same sale returns the first payment&apos;s outcome (and exit code) instead of charging again.</source>
        <translation>La venta que paga. Un segundo cobro para la misma venta devuelve el resultado (y el código de salida) del primer pago en lugar de volver a cobrar.</translation>
    </message>
    <message>
        <source>Sale %1 already has a payment; this is its outcome (nothing new was charged).</source>
        <translation>La venta %1 ya tiene un pago; este es su resultado (no se cobró nada nuevo).</translation>
    </message>
    <message>
        <source>Only payments whose outcome was never shown (confirm or void each).</source>
        <translation>Solo los pagos cuyo resultado nunca se mostró (confirme o anule cada uno).</translation>
    </message>
    <message>
        <source>  (void pending)</source>
        <translation>  (anulación pendiente)</translation>
    </message>
    <message>
        <source>  (unconfirmed: confirm or void it)</source>
        <translation>  (sin confirmar: confírmelo o anúlelo)</translation>
    </message>
    <message>
        <source>sale %1</source>
        <translation>venta %1</translation>
    </message>
    <message>
        <source>Voids confirmed by the gateway %1; still pending %2.</source>
        <translation>Anulaciones confirmadas por la pasarela: %1; aún pendientes: %2.</translation>
    </message>
    <message>
        <source>holdfastctl %1: give exactly one LOCALID.</source>
        <translation>holdfastctl %1: indique exactamente un LOCALID.</translation>
    </message>
    <message>
        <source>Cancel a payment. One that may have reached the gateway is voided (or refunded) there; until the gateway confirms, it is &quot;void pending&quot; and this exits 5.</source>
        <translation>Anular un pago. Uno que puede haber llegado a la pasarela se anula (o se reembolsa) allí; hasta que la pasarela lo confirme, queda como «anulación pendiente» y la salida es 5.</translation>
    </message>
    <message>
        <source>Payment %1: void pending. It may have reached the gateway, so the gateway must cancel or refund it; that is sent as soon as the gateway answers (holdfastctl sync).</source>
        <translation>Pago %1: anulación pendiente. Puede haber llegado a la pasarela, así que la pasarela debe anularlo o reembolsarlo; se envía en cuanto la pasarela responda (holdfastctl sync).</translation>
    </message>
    <message>
        <source>Payment %1 was declined: nothing was charged, so there is nothing to void.</source>
        <translation>El pago %1 fue rechazado: no se cobró nada, así que no hay nada que anular.</translation>
    </message>
    <message>
        <source>Keep an unconfirmed payment: its outcome was never shown (the program stopped), and a manager checked that the sale was paid by it.</source>
        <translation>Conservar un pago sin confirmar: su resultado nunca se mostró (el programa se detuvo), y un gerente comprobó que la venta se pagó con él.</translation>
    </message>
    <message>
        <source>Payment %1 (%2) is kept and confirmed.</source>
        <translation>El pago %1 (%2) se conserva y queda confirmado.</translation>
    </message>
    <message>
        <source>Payment %1 (%2) was already confirmed.</source>
        <translation>El pago %1 (%2) ya estaba confirmado.</translation>
    </message>
</context>
<context>
    <name>hpke</name>
    <message>
        <source>The sealed data cannot be opened: it was altered or sealed for another key.</source>
        <translation>Los datos sellados no se pueden abrir: se alteraron o se sellaron para otra clave.</translation>
    </message>
    <message>
        <source>Too many messages were sealed with one context.</source>
        <translation>Se sellaron demasiados mensajes con un mismo contexto.</translation>
    </message>
    <message>
        <source>The requested secret length is not possible.</source>
        <translation>La longitud de secreto solicitada no es posible.</translation>
    </message>
</context>
<context>
    <name>jws</name>
    <message>
        <source>The signed document is malformed.</source>
        <translation>El documento firmado está mal formado.</translation>
    </message>
    <message>
        <source>The document is not signed with EdDSA as Holdfast requires.</source>
        <translation>El documento no está firmado con EdDSA como exige Holdfast.</translation>
    </message>
    <message>
        <source>The signature does not match the trusted signing key.</source>
        <translation>La firma no coincide con la clave de firma de confianza.</translation>
    </message>
</context>
<context>
    <name>lifecycle</name>
    <message>
        <source>A payment that is %1 cannot become %2.</source>
        <translation>Un pago %1 no puede pasar a %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Holdfast register: sales, card payments that survive an internet outage.</source>
        <translation>Caja Holdfast: ventas y pagos con tarjeta que resisten un corte de Internet.</translation>
    </message>
    <message>
        <source>Keep the register&apos;s data in DIR.</source>
        <translation>Guardar los datos de la caja en DIR.</translation>
    </message>
    <message>
        <source>Show a &quot;Simulate internet outage&quot; switch driving the fault proxy&apos;s control channel at URL (POST /cut, /restore).</source>
        <translation>Mostrar un interruptor «Simular un corte de Internet» que maneja el canal de control del proxy de fallos en URL (POST /cut, /restore).</translation>
    </message>
    <message>
        <source>Use LANG (en, fr_CA, es) instead of the saved setting.</source>
        <translation>Usar LANG (en, fr_CA, es) en lugar del ajuste guardado.</translation>
    </message>
    <message>
        <source>--demo-outage-control needs an http://HOST:PORT address.</source>
        <translation>--demo-outage-control necesita una dirección http://HOST:PUERTO.</translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>no se puede crear la carpeta de datos %1</translation>
    </message>
</context>
<context>
    <name>pairing</name>
    <message>
        <source>A device code looks like K7QF-2M9X: letters and digits in groups separated by dashes.</source>
        <translation>Un código de dispositivo tiene la forma K7QF-2M9X: letras y dígitos en grupos separados por guiones.</translation>
    </message>
    <message>
        <source>The gateway sent the settings of another location.</source>
        <translation>La pasarela envió los ajustes de otra ubicación.</translation>
    </message>
    <message>
        <source>The gateway address must start with https://.</source>
        <translation>La dirección de la pasarela debe empezar por https://.</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) being sent to the gateway.</source>
        <translation>
            <numerusform>%n pago enviándose a la pasarela.</numerusform>
            <numerusform>%n pagos enviándose a la pasarela.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n payment(s) (%1) waiting to upload. %2 left to reconnect.</source>
        <translation>
            <numerusform>Sin conexión: %n pago (%1) pendiente de envío. Quedan %2 para reconectar.</numerusform>
            <numerusform>Sin conexión: %n pagos (%1) pendientes de envío. Quedan %2 para reconectar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnect soon: %n payment(s) (%1) must upload within %2.</source>
        <translation>
            <numerusform>Vuelva a conectar pronto: %n pago (%1) debe enviarse en %2.</numerusform>
            <numerusform>Vuelva a conectar pronto: %n pagos (%1) deben enviarse en %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload deadline passed: %n payment(s) (%1) may be declined. Reconnect now and call the office.</source>
        <translation>
            <numerusform>Plazo de envío vencido: %n pago (%1) puede ser rechazado. Vuelva a conectar ahora y llame a la oficina.</numerusform>
            <numerusform>Plazo de envío vencido: %n pagos (%1) pueden ser rechazados. Vuelva a conectar ahora y llame a la oficina.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The gateway no longer accepts this register&apos;s pairing: %n payment(s) (%1) cannot be sent. A manager must pair the register again.</source>
        <translation>
            <numerusform>La pasarela ya no acepta el emparejamiento de esta caja: %n pago (%1) no se puede enviar. Un gerente debe emparejar la caja de nuevo.</numerusform>
            <numerusform>La pasarela ya no acepta el emparejamiento de esta caja: %n pagos (%1) no se pueden enviar. Un gerente debe emparejar la caja de nuevo.</numerusform>
        </translation>
    </message>
</context>
</TS>
