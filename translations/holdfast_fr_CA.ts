<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>Barcode</name>
    <message>
        <source>The barcode is empty.</source>
        <translation>Le code-barres est vide.</translation>
    </message>
    <message>
        <source>A barcode has digits only; &quot;%1&quot; has other characters.</source>
        <translation>Un code-barres ne contient que des chiffres; « %1 » contient d&apos;autres caractères.</translation>
    </message>
    <message>
        <source>The barcode %1 has %2 digits; EAN-8, UPC-A, EAN-13 and GTIN-14 have 8, 12, 13 or 14.</source>
        <translation>Le code-barres %1 a %2 chiffres; les codes EAN-8, UPC-A, EAN-13 et GTIN-14 en ont 8, 12, 13 ou 14.</translation>
    </message>
    <message>
        <source>The barcode %1 has a wrong check digit; it was probably mistyped.</source>
        <translation>Le chiffre de contrôle du code-barres %1 est faux; il a sans doute été mal tapé.</translation>
    </message>
</context>
<context>
    <name>CardData</name>
    <message>
        <source>The card data names an unknown entry or verification method.</source>
        <translation>Les données de la carte indiquent un mode de saisie ou de vérification inconnu.</translation>
    </message>
    <message>
        <source>The card number is not valid. Check it and enter it again.</source>
        <translation>Le numéro de carte n&apos;est pas valide. Vérifiez-le et entrez-le de nouveau.</translation>
    </message>
    <message>
        <source>The expiry date must be written MM/YY, like 04/29.</source>
        <translation>La date d&apos;expiration s&apos;écrit MM/AA, comme 04/29.</translation>
    </message>
    <message>
        <source>The sealed card data does not have the expected fields.</source>
        <translation>Les données de carte scellées n&apos;ont pas les champs attendus.</translation>
    </message>
</context>
<context>
    <name>CardReader</name>
    <message>
        <source>Keyed card entry is not allowed offline.</source>
        <translation>La saisie manuelle d&apos;une carte n&apos;est pas permise hors ligne.</translation>
    </message>
    <message>
        <source>The payment was cancelled on the terminal.</source>
        <translation>Le paiement a été annulé sur le terminal.</translation>
    </message>
    <message>
        <source>No card was presented in time. Try again.</source>
        <translation>Aucune carte n&apos;a été présentée à temps. Réessayez.</translation>
    </message>
    <message>
        <source>The terminal did not read a card. Try again.</source>
        <translation>Le terminal n&apos;a pas lu de carte. Réessayez.</translation>
    </message>
</context>
<context>
    <name>Cart</name>
    <message>
        <source>That line is no longer in the cart.</source>
        <translation>Cette ligne n&apos;est plus dans le panier.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>La quantité doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>The quantity cannot be more than %1.</source>
        <translation>La quantité ne peut pas dépasser %1.</translation>
    </message>
    <message>
        <source>%1 is no longer sold.</source>
        <translation>%1 n&apos;est plus en vente.</translation>
    </message>
    <message>
        <source>%1 is priced in %2, but this register sells in %3.</source>
        <translation>%1 a un prix en %2, mais cette caisse vend en %3.</translation>
    </message>
    <message>
        <source>Add an item before giving a discount on the order.</source>
        <translation>Ajoutez un article avant d&apos;accorder un rabais sur la vente.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>There is no such product in the catalog.</source>
        <translation>Ce produit n&apos;existe pas dans le catalogue.</translation>
    </message>
    <message>
        <source>The SKU is empty.</source>
        <translation>L&apos;UGS est vide.</translation>
    </message>
    <message>
        <source>The SKU is longer than %1 characters.</source>
        <translation>L&apos;UGS dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The SKU &quot;%1&quot; contains spaces.</source>
        <translation>L&apos;UGS « %1 » contient des espaces.</translation>
    </message>
    <message>
        <source>The product name is empty.</source>
        <translation>Le nom du produit est vide.</translation>
    </message>
    <message>
        <source>The product name is longer than %1 characters.</source>
        <translation>Le nom du produit dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The product name contains control characters such as line breaks.</source>
        <translation>Le nom du produit contient des caractères de contrôle, comme des sauts de ligne.</translation>
    </message>
    <message>
        <source>Ask for 1 to 500 products from a position of 0 or more.</source>
        <translation>Demandez de 1 à 500 produits à partir d&apos;une position de 0 ou plus.</translation>
    </message>
    <message>
        <source>No product has the barcode %1. Check the item, or find it by name.</source>
        <translation>Aucun produit n&apos;a le code-barres %1. Vérifiez l&apos;article ou cherchez-le par son nom.</translation>
    </message>
    <message>
        <source>A category needs a name of 1 to %1 characters.</source>
        <translation>Une catégorie a besoin d&apos;un nom de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>The price must be zero or more.</source>
        <translation>Le prix doit être de zéro ou plus.</translation>
    </message>
    <message>
        <source>There is no tax class &quot;%1&quot;.</source>
        <translation>La catégorie de taxe « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The barcode %1 is listed twice.</source>
        <translation>Le code-barres %1 figure deux fois.</translation>
    </message>
    <message>
        <source>The barcode %1 already belongs to the product with SKU %2.</source>
        <translation>Le code-barres %1 appartient déjà au produit d&apos;UGS %2.</translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <source>This line is not valid UTF-8 text. Save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>Cette ligne n&apos;est pas du texte UTF-8 valide. Enregistrez le fichier en « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; split it into several files.</source>
        <translation>%1 dépasse %2 Mio; divisez-le en plusieurs fichiers.</translation>
    </message>
    <message>
        <source>The store&apos;s currency %1 is not an ISO 4217 code.</source>
        <translation>La devise du magasin, %1, n&apos;est pas un code ISO 4217.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; split it into several files.</source>
        <translation>Le fichier dépasse %1 Mio; divisez-le en plusieurs fichiers.</translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation>Le fichier est vide; la première ligne doit nommer les colonnes.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is unknown; the columns are %2.</source>
        <translation>La colonne « %1 » est inconnue; les colonnes sont %2.</translation>
    </message>
    <message>
        <source>The column %1 appears twice.</source>
        <translation>La colonne %1 figure deux fois.</translation>
    </message>
    <message>
        <source>The column %1 is missing.</source>
        <translation>La colonne %1 manque.</translation>
    </message>
    <message>
        <source>This line has %1 fields but the header has %2; check for a missing or extra comma, or a comma in a field that is not in quotes.</source>
        <translation>Cette ligne a %1 champs, mais l&apos;en-tête en a %2; cherchez une virgule manquante ou en trop, ou une virgule dans un champ qui n&apos;est pas entre guillemets.</translation>
    </message>
    <message>
        <source>The SKU %1 is already on line %2.</source>
        <translation>L&apos;UGS %1 figure déjà à la ligne %2.</translation>
    </message>
    <message>
        <source>The category is empty.</source>
        <translation>La catégorie est vide.</translation>
    </message>
    <message>
        <source>The price &quot;%1&quot; cannot be read: %2</source>
        <translation>Le prix « %1 » est illisible : %2</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>Le prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The tax class &quot;%1&quot; is unknown; use one of %2.</source>
        <translation>La catégorie de taxe « %1 » est inconnue; utilisez l&apos;une de %2.</translation>
    </message>
    <message>
        <source>The barcode %1 is already on line %2.</source>
        <translation>Le code-barres %1 figure déjà à la ligne %2.</translation>
    </message>
    <message>
        <source>The active column says &quot;%1&quot;; write yes or no.</source>
        <translation>La colonne active indique « %1 »; écrivez yes ou no.</translation>
    </message>
    <message>
        <source>The file names its columns but has no products.</source>
        <translation>Le fichier nomme ses colonnes mais ne contient aucun produit.</translation>
    </message>
    <message>
        <source>The barcode %1 belongs to the product with SKU %2, which this file does not change.</source>
        <translation>Le code-barres %1 appartient au produit d&apos;UGS %2, que ce fichier ne modifie pas.</translation>
    </message>
    <message>
        <source>The sample catalog cannot be loaded (line %1: %2)</source>
        <translation>Le catalogue d&apos;exemple ne peut pas être chargé (ligne %1 : %2)</translation>
    </message>
</context>
<context>
    <name>Charger</name>
    <message>
        <source>Approved.</source>
        <translation>Approuvé.</translation>
    </message>
    <message>
        <source>The gateway did not answer, so this payment was approved offline — it will be sent when the connection returns.</source>
        <translation>La passerelle n&apos;a pas répondu, donc ce paiement a été approuvé hors ligne — il sera envoyé au retour de la connexion.</translation>
    </message>
    <message>
        <source>Approved offline — will be sent when the connection returns.</source>
        <translation>Approuvé hors ligne — sera envoyé au retour de la connexion.</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>The payment failed.</source>
        <translation>Le paiement a échoué.</translation>
    </message>
    <message>
        <source>Outcome pending: the gateway did not answer. Do not charge the card again; Holdfast will find out whether it went through.</source>
        <translation>Résultat en attente : la passerelle n&apos;a pas répondu. Ne débitez pas la carte de nouveau; Holdfast saura si le paiement est passé.</translation>
    </message>
    <message>
        <source>This register has no valid sealing key for today. Reconnect to the gateway to fetch new keys.</source>
        <translation>Cette caisse n&apos;a pas de clé de scellement valide pour aujourd&apos;hui. Reconnectez-vous à la passerelle pour obtenir de nouvelles clés.</translation>
    </message>
    <message>
        <source>No card was read, so nothing was charged: %1</source>
        <translation>Aucune carte n’a été lue, donc rien n’a été débité : %1</translation>
    </message>
    <message>
        <source>The gateway could not be reached, so this payment is voided and will not be charged. Try again or take another form of payment.</source>
        <translation>La passerelle est injoignable, donc ce paiement est annulé et ne sera pas débité. Réessayez ou prenez un autre mode de paiement.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>holdfastctl: %1</source>
        <translation>holdfastctl : %1</translation>
    </message>
</context>
<context>
    <name>Connectivity</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Slow connection</source>
        <translation>Connexion lente</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>This register has no record of that pairing.</source>
        <translation>Cette caisse n&apos;a aucune trace de ce jumelage.</translation>
    </message>
    <message>
        <source>This register is not paired with a gateway yet. Pair it with a device code from the back office (holdfastctl pair).</source>
        <translation>Cette caisse n&apos;est pas encore jumelée à une passerelle. Jumelez-la avec un code d&apos;appareil du bureau (holdfastctl pair).</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>A quoted field starts on this line but its closing quote is missing.</source>
        <translation>Un champ entre guillemets commence sur cette ligne, mais son guillemet fermant manque.</translation>
    </message>
    <message>
        <source>There is text after the closing quote of a field; put the whole field in quotes and double any quote inside it.</source>
        <translation>Il y a du texte après le guillemet fermant d&apos;un champ; mettez tout le champ entre guillemets et doublez chaque guillemet qu&apos;il contient.</translation>
    </message>
    <message>
        <source>A field contains a quote but is not itself in quotes; put the field in quotes and write the quote twice.</source>
        <translation>Un champ contient un guillemet mais n&apos;est pas lui-même entre guillemets; mettez le champ entre guillemets et écrivez le guillemet deux fois.</translation>
    </message>
</context>
<context>
    <name>Discount</name>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <source>Amounts in different currencies cannot be combined.</source>
        <translation>Des montants en devises différentes ne peuvent pas être combinés.</translation>
    </message>
    <message>
        <source>A percentage discount must be between 0 and 100 percent.</source>
        <translation>Un rabais en pourcentage doit être entre 0 et 100 pour cent.</translation>
    </message>
    <message>
        <source>The discount is in another currency than the price.</source>
        <translation>Le rabais est dans une autre devise que le prix.</translation>
    </message>
    <message>
        <source>A discount cannot be negative.</source>
        <translation>Un rabais ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The discount (%1) is more than the price (%2).</source>
        <translation>Le rabais (%1) dépasse le prix (%2).</translation>
    </message>
</context>
<context>
    <name>Envelope</name>
    <message>
        <source>The sealed card data is malformed: it needs exactly kid, enc and ct.</source>
        <translation>Les données de carte scellées sont mal formées : il faut exactement kid, enc et ct.</translation>
    </message>
    <message>
        <source>A payment field is empty or contains &apos;|&apos;.</source>
        <translation>Un champ du paiement est vide ou contient « | ».</translation>
    </message>
</context>
<context>
    <name>FollowUpContact</name>
    <message>
        <source>The e-mail address %1 does not look complete.</source>
        <translation>L&apos;adresse courriel %1 semble incomplète.</translation>
    </message>
    <message>
        <source>Enter an e-mail address or a phone number (7 to 15 digits).</source>
        <translation>Entrez une adresse courriel ou un numéro de téléphone (7 à 15 chiffres).</translation>
    </message>
</context>
<context>
    <name>GatewayClient</name>
    <message>
        <source>The gateway sent an answer Holdfast does not understand.</source>
        <translation>La passerelle a envoyé une réponse que Holdfast ne comprend pas.</translation>
    </message>
    <message>
        <source>The gateway cannot be reached (%1).</source>
        <translation>La passerelle est injoignable (%1).</translation>
    </message>
    <message>
        <source>The gateway did not answer in time (%1).</source>
        <translation>La passerelle n&apos;a pas répondu à temps (%1).</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was cut short.</source>
        <translation>La réponse de la passerelle a été coupée.</translation>
    </message>
    <message>
        <source>The gateway failed (HTTP %1).</source>
        <translation>La passerelle a échoué (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway refused the request (HTTP %1).</source>
        <translation>La passerelle a refusé la demande (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>KeySchedule</name>
    <message>
        <source>The key schedule from the gateway is malformed.</source>
        <translation>Le calendrier de clés reçu de la passerelle est mal formé.</translation>
    </message>
    <message>
        <source>The key schedule is not valid yet. Check the date and time of this register.</source>
        <translation>Le calendrier de clés n&apos;est pas encore valide. Vérifiez la date et l&apos;heure de cette caisse.</translation>
    </message>
    <message>
        <source>The key schedule has expired. Connect to the gateway to renew it.</source>
        <translation>Le calendrier de clés est expiré. Connectez-vous à la passerelle pour le renouveler.</translation>
    </message>
    <message>
        <source>The key schedule does not cover the coming days, so offline payments could not be sealed.</source>
        <translation>Le calendrier de clés ne couvre pas les prochains jours, donc les paiements hors ligne ne pourraient pas être scellés.</translation>
    </message>
    <message>
        <source>The key schedule is not signed by the gateway this register was paired with.</source>
        <translation>Le calendrier de clés n&apos;est pas signé par la passerelle à laquelle cette caisse est jumelée.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keyring did not answer. Unlock it and try again.</source>
        <translation>Le trousseau du système n&apos;a pas répondu. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>No secret is stored for this device yet.</source>
        <translation>Aucun secret n&apos;est encore enregistré pour cet appareil.</translation>
    </message>
    <message>
        <source>The system keyring refused access. Unlock it and try again.</source>
        <translation>Le trousseau du système a refusé l&apos;accès. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>No system keyring (Secret Service) is available, so Holdfast cannot keep its credentials safe. Start the keyring (for example gnome-keyring) and try again.</source>
        <translation>Aucun trousseau système (Secret Service) n&apos;est disponible, donc Holdfast ne peut pas protéger ses identifiants. Démarrez le trousseau (par exemple gnome-keyring) et réessayez.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The currency is not an ISO 4217 code such as CAD, USD or EUR.</source>
        <translation>La devise n&apos;est pas un code ISO 4217 comme CAD, USD ou EUR.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Entrez un montant.</translation>
    </message>
    <message>
        <source>Write the amount with digits and at most one decimal point, like 12.34.</source>
        <translation>Écrivez le montant avec des chiffres et au plus un point décimal, comme 12.34.</translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts have at most %n decimal place(s).</source>
        <translation>
            <numerusform>Les montants en %1 ont au plus %n décimale.</numerusform>
            <numerusform>Les montants en %1 ont au plus %n décimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the amount with digits and at most one &apos;%1&apos;, like 12%134.</source>
        <translation>Écrivez le montant avec des chiffres et au plus un « %1 », comme 12%134.</translation>
    </message>
    <message>
        <source>An amount must be {&quot;amount&quot;: integer minor units, &quot;currency&quot;: ISO 4217 code}.</source>
        <translation>Un montant doit être {&quot;amount&quot;: entier en unités mineures, &quot;currency&quot;: code ISO 4217}.</translation>
    </message>
    <message>
        <source>Amounts in different currencies cannot be combined.</source>
        <translation>Des montants en devises différentes ne peuvent pas être combinés.</translation>
    </message>
</context>
<context>
    <name>OfflinePolicy</name>
    <message>
        <source>Offline payments are turned off for this store. Take the payment online or use another form of payment.</source>
        <translation>Les paiements hors ligne sont désactivés pour ce magasin. Faites le paiement en ligne ou prenez un autre mode de paiement.</translation>
    </message>
    <message>
        <source>This store takes offline payments in %1 only.</source>
        <translation>Ce magasin accepte les paiements hors ligne en %1 seulement.</translation>
    </message>
    <message>
        <source>Interac debit cards cannot be used offline. Ask for a credit card or another form of payment.</source>
        <translation>Les cartes de débit Interac ne peuvent pas être utilisées hors ligne. Demandez une carte de crédit ou un autre mode de paiement.</translation>
    </message>
    <message>
        <source>This way of reading the card (%1) is not allowed offline.</source>
        <translation>Ce mode de lecture de la carte (%1) n&apos;est pas permis hors ligne.</translation>
    </message>
    <message>
        <source>Offline payments are limited to %1 each.</source>
        <translation>Les paiements hors ligne sont limités à %1 chacun.</translation>
    </message>
    <message>
        <source>This register already holds as much in offline payments as it may (%1 in all). Reconnect to upload them before taking more offline.</source>
        <translation>Cette caisse détient déjà le maximum permis en paiements hors ligne (%1 au total). Reconnectez-vous pour les envoyer avant d&apos;en prendre d&apos;autres hors ligne.</translation>
    </message>
    <message numerus="yes">
        <source>This register already holds %n offline payment(s), the most it may. Reconnect to upload them before taking more offline.</source>
        <translation>
            <numerusform>Cette caisse détient déjà %n paiement hors ligne, le maximum permis. Reconnectez-vous pour l&apos;envoyer avant d&apos;en prendre d&apos;autres hors ligne.</numerusform>
            <numerusform>Cette caisse détient déjà %n paiements hors ligne, le maximum permis. Reconnectez-vous pour les envoyer avant d&apos;en prendre d&apos;autres hors ligne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The oldest offline payment is more than %n hour(s) old. Reconnect to upload it before taking more offline.</source>
        <translation>
            <numerusform>Le plus ancien paiement hors ligne a plus de %n heure. Reconnectez-vous pour l&apos;envoyer avant d&apos;en prendre d&apos;autres hors ligne.</numerusform>
            <numerusform>Le plus ancien paiement hors ligne a plus de %n heures. Reconnectez-vous pour l&apos;envoyer avant d&apos;en prendre d&apos;autres hors ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>This register has no valid sealing key for today, so it cannot store card data safely. Reconnect to the gateway to fetch new keys.</source>
        <translation>Cette caisse n&apos;a pas de clé de scellement valide pour aujourd&apos;hui, donc elle ne peut pas conserver les données de carte en sécurité. Reconnectez-vous à la passerelle pour obtenir de nouvelles clés.</translation>
    </message>
</context>
<context>
    <name>OfflineSettings</name>
    <message>
        <source>The offline settings from the gateway are malformed.</source>
        <translation>Les paramètres hors ligne reçus de la passerelle sont mal formés.</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <source>The order state is unknown.</source>
        <translation>L&apos;état de la vente est inconnu.</translation>
    </message>
    <message>
        <source>The card status is unknown.</source>
        <translation>L&apos;état de la carte est inconnu.</translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>There is no such sale on this register.</source>
        <translation>Cette vente n&apos;existe pas sur cette caisse.</translation>
    </message>
    <message>
        <source>This sale was cancelled.</source>
        <translation>Cette vente a été annulée.</translation>
    </message>
    <message>
        <source>This sale is already paid.</source>
        <translation>Cette vente est déjà payée.</translation>
    </message>
    <message>
        <source>No sale on this register has that card payment.</source>
        <translation>Aucune vente de cette caisse n&apos;a ce paiement par carte.</translation>
    </message>
    <message>
        <source>Add an item before taking payment.</source>
        <translation>Ajoutez un article avant de prendre le paiement.</translation>
    </message>
    <message>
        <source>A sale needs a location, a register and a signed-in cashier.</source>
        <translation>Une vente a besoin d&apos;un emplacement, d&apos;une caisse et d&apos;un caissier connecté.</translation>
    </message>
    <message>
        <source>The shift has ended; open a new one to sell.</source>
        <translation>Le quart de travail est terminé; ouvrez-en un nouveau pour vendre.</translation>
    </message>
    <message>
        <source>The card payment has no valid reference.</source>
        <translation>Le paiement par carte n&apos;a pas de référence valide.</translation>
    </message>
    <message>
        <source>A declined or voided card payment does not pay for anything.</source>
        <translation>Un paiement par carte refusé ou annulé ne paie rien.</translation>
    </message>
    <message>
        <source>This card payment is already recorded on a sale.</source>
        <translation>Ce paiement par carte est déjà inscrit sur une vente.</translation>
    </message>
    <message>
        <source>A card payment (%1 ending %2) is still on this sale; void it first.</source>
        <translation>Un paiement par carte (%1 se terminant par %2) est encore sur cette vente; annulez-le d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>PairAnswer</name>
    <message>
        <source>The terminal&apos;s pairing answer is malformed.</source>
        <translation>La réponse de jumelage du terminal est mal formée.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>The payment mode must be ONLINE or OFFLINE.</source>
        <translation>Le mode de paiement doit être ONLINE ou OFFLINE.</translation>
    </message>
    <message>
        <source>A payment needs exactly localId, locationId, registerId, amount, createdAt, envelope, entryMethod, brand, last4 and mode.</source>
        <translation>Un paiement a besoin exactement de localId, locationId, registerId, amount, createdAt, envelope, entryMethod, brand, last4 et mode.</translation>
    </message>
    <message>
        <source>The localId must be a lower-case UUID.</source>
        <translation>Le localId doit être un UUID en minuscules.</translation>
    </message>
    <message>
        <source>The locationId or registerId is not a valid identifier.</source>
        <translation>Le locationId ou le registerId n&apos;est pas un identifiant valide.</translation>
    </message>
    <message>
        <source>The brand or last4 is not valid.</source>
        <translation>La marque ou les 4 derniers chiffres ne sont pas valides.</translation>
    </message>
    <message>
        <source>The createdAt must be milliseconds since the epoch.</source>
        <translation>Le createdAt doit être en millisecondes depuis l&apos;époque Unix.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The entryMethod or mode is not one Holdfast knows.</source>
        <translation>L&apos;entryMethod ou le mode n&apos;est pas connu de Holdfast.</translation>
    </message>
    <message>
        <source>The gateway answered with an unknown payment status.</source>
        <translation>La passerelle a répondu avec un état de paiement inconnu.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer for a payment is malformed.</source>
        <translation>La réponse de la passerelle pour un paiement est mal formée.</translation>
    </message>
</context>
<context>
    <name>PaymentAnswer</name>
    <message>
        <source>The terminal reported an unknown payment result.</source>
        <translation>Le terminal a signalé un résultat de paiement inconnu.</translation>
    </message>
    <message>
        <source>The terminal&apos;s payment answer has no valid result.</source>
        <translation>La réponse de paiement du terminal n&apos;a pas de résultat valide.</translation>
    </message>
    <message>
        <source>The terminal&apos;s CARD_READ answer lacks valid card fields.</source>
        <translation>La réponse CARD_READ du terminal n&apos;a pas de champs de carte valides.</translation>
    </message>
    <message>
        <source>The terminal&apos;s NOT_ALLOWED_OFFLINE answer lacks a valid reason.</source>
        <translation>La réponse NOT_ALLOWED_OFFLINE du terminal n&apos;a pas de raison valide.</translation>
    </message>
    <message>
        <source>The terminal&apos;s payment answer has unexpected members.</source>
        <translation>La réponse de paiement du terminal contient des membres inattendus.</translation>
    </message>
</context>
<context>
    <name>PaymentClaims</name>
    <message>
        <source>This payment is %1: nothing can be charged any more, so there is nothing to void.</source>
        <translation>Ce paiement est %1 : plus rien ne peut être débité, il n&apos;y a donc rien à annuler.</translation>
    </message>
</context>
<context>
    <name>PaymentRequest</name>
    <message>
        <source>The payment request must be a JSON object.</source>
        <translation>La demande de paiement doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The payment request lacks &quot;%1&quot;.</source>
        <translation>Il manque « %1 » à la demande de paiement.</translation>
    </message>
    <message>
        <source>The payment request has an unknown member &quot;%1&quot;.</source>
        <translation>La demande de paiement contient un membre inconnu « %1 ».</translation>
    </message>
    <message>
        <source>The saleId must be 1 to 64 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Le saleId doit avoir de 1 à 64 lettres, chiffres, « _ » ou « - ».</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>The localId must be a lower-case UUID.</source>
        <translation>Le localId doit être un UUID en minuscules.</translation>
    </message>
    <message>
        <source>The locationId or registerId is not a valid identifier.</source>
        <translation>Le locationId ou le registerId n&apos;est pas un identifiant valide.</translation>
    </message>
    <message>
        <source>The createdAt must be milliseconds since the epoch.</source>
        <translation>Le createdAt doit être en millisecondes depuis l&apos;époque Unix.</translation>
    </message>
    <message>
        <source>The key must be {&quot;kid&quot;,&quot;pub&quot;} with a valid kid and a 32-byte base64url public key.</source>
        <translation>La clé doit être {&quot;kid&quot;,&quot;pub&quot;} avec un kid valide et une clé publique base64url de 32 octets.</translation>
    </message>
    <message>
        <source>The offline member must be true or false.</source>
        <translation>Le membre offline doit être true ou false.</translation>
    </message>
    <message>
        <source>The allowedEntryMethods must list one to four entry methods.</source>
        <translation>allowedEntryMethods doit énumérer de un à quatre modes de saisie.</translation>
    </message>
    <message>
        <source>The allowedEntryMethods may only hold CHIP, CONTACTLESS, SWIPE and KEYED, once each.</source>
        <translation>allowedEntryMethods ne peut contenir que CHIP, CONTACTLESS, SWIPE et KEYED, une fois chacun.</translation>
    </message>
    <message>
        <source>The timeoutMs must be a whole number from %1 to %2.</source>
        <translation>Le timeoutMs doit être un nombre entier de %1 à %2.</translation>
    </message>
</context>
<context>
    <name>PaymentStatus</name>
    <message>
        <source>Unknown payment status. Use QUEUED, UPLOADED, PROCESSED, FAILED_TO_PROCESS, FAILED_TO_UPLOAD or VOIDED.</source>
        <translation>État de paiement inconnu. Utilisez QUEUED, UPLOADED, PROCESSED, FAILED_TO_PROCESS, FAILED_TO_UPLOAD ou VOIDED.</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Uploaded, awaiting approval</source>
        <translation>Envoyé, en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Refused by the gateway</source>
        <translation>Refusé par la passerelle</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Unknown processing mode. Use ONLINE_ONLY, OFFLINE_ONLY or AUTO_DETECT.</source>
        <translation>Mode de traitement inconnu. Utilisez ONLINE_ONLY, OFFLINE_ONLY ou AUTO_DETECT.</translation>
    </message>
    <message>
        <source>Online only</source>
        <translation>En ligne seulement</translation>
    </message>
    <message>
        <source>Force offline</source>
        <translation>Forcer hors ligne</translation>
    </message>
    <message>
        <source>Allow offline (auto)</source>
        <translation>Permettre hors ligne (auto)</translation>
    </message>
</context>
<context>
    <name>PaymentStore</name>
    <message>
        <source>There is no payment with that reference on this register.</source>
        <translation>Aucun paiement n&apos;a cette référence sur cette caisse.</translation>
    </message>
    <message>
        <source>The payment is incomplete and was not saved.</source>
        <translation>Le paiement est incomplet et n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>A payment with this reference is already recorded.</source>
        <translation>Un paiement avec cette référence est déjà enregistré.</translation>
    </message>
    <message>
        <source>The payment changed meanwhile; try again.</source>
        <translation>Le paiement a changé entre-temps; réessayez.</translation>
    </message>
    <message>
        <source>A payment&apos;s history in the vault is unreadable.</source>
        <translation>L&apos;historique d&apos;un paiement dans le coffre est illisible.</translation>
    </message>
</context>
<context>
    <name>PinHasher</name>
    <message>
        <source>The PIN could not be checked because of an internal error.</source>
        <translation>Le NIP n&apos;a pas pu être vérifié à cause d&apos;une erreur interne.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Un NIP compte de 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Le générateur de nombres aléatoires du système a échoué.</translation>
    </message>
</context>
<context>
    <name>PolicyCache</name>
    <message>
        <source>This register has not received its offline settings from the gateway yet, so it cannot take payments offline. Connect to the gateway once.</source>
        <translation>Cette caisse n&apos;a pas encore reçu ses paramètres hors ligne de la passerelle, donc elle ne peut pas prendre de paiements hors ligne. Connectez-vous une fois à la passerelle.</translation>
    </message>
    <message>
        <source>This register has no sealing keys from the gateway yet. Connect to the gateway once.</source>
        <translation>Cette caisse n&apos;a pas encore de clés de scellement de la passerelle. Connectez-vous une fois à la passerelle.</translation>
    </message>
</context>
<context>
    <name>ReceiptBuilder</name>
    <message>
        <source>%1 ending %2</source>
        <translation>%1 se terminant par %2</translation>
    </message>
    <message>
        <source>Ref: %1</source>
        <translation>Réf. : %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Approved offline — pending</source>
        <translation>Approuvé hors ligne — en attente</translation>
    </message>
    <message>
        <source>Outcome pending</source>
        <translation>Résultat en attente</translation>
    </message>
    <message>
        <source>Declined after the sale</source>
        <translation>Refusé après la vente</translation>
    </message>
    <message>
        <source>Declined after the sale: %1</source>
        <translation>Refusé après la vente : %1</translation>
    </message>
    <message>
        <source>Voided — not charged</source>
        <translation>Annulé — non débité</translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation>Vente %1</translation>
    </message>
    <message>
        <source>Cashier: %1</source>
        <translation>Caissier : %1</translation>
    </message>
    <message>
        <source>VOIDED — nothing was charged</source>
        <translation>ANNULÉE — rien n&apos;a été débité</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabais</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Rabais</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Includes %1</source>
        <translation>Comprend %1</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Comptant</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Arrondi au comptant</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Monnaie rendue</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Solde dû</translation>
    </message>
</context>
<context>
    <name>RescueFile</name>
    <message>
        <source>A payment in the rescue file is incomplete.</source>
        <translation>Un paiement du fichier de secours est incomplet.</translation>
    </message>
    <message>
        <source>Cannot write the rescue file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier de secours %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Holdfast rescue file.</source>
        <translation>%1 n&apos;est pas un fichier de secours Holdfast.</translation>
    </message>
    <message>
        <source>This rescue file was written by another version of Holdfast (format %1); this register reads format %2.</source>
        <translation>Ce fichier de secours a été écrit par une autre version de Holdfast (format %1); cette caisse lit le format %2.</translation>
    </message>
    <message>
        <source>The rescue file is damaged (its checksum does not match). Nothing was imported.</source>
        <translation>Le fichier de secours est endommagé (sa somme de contrôle ne correspond pas). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The rescue file has an invalid payment: %1</source>
        <translation>Le fichier de secours contient un paiement invalide : %1</translation>
    </message>
    <message>
        <source>The rescue file holds a payment that differs from the one this register has under the same reference. Nothing was imported.</source>
        <translation>Le fichier de secours contient un paiement différent de celui que cette caisse a sous la même référence. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The rescue file holds payments of location %1, but this register is not paired with it. Pair it with that location first. Nothing was imported.</source>
        <translation>Le fichier de secours contient des paiements de l&apos;emplacement %1, mais cette caisse n&apos;y est pas jumelée. Jumelez-la d&apos;abord à cet emplacement. Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>Sale</name>
    <message>
        <source>The terminal reported an unknown sale state.</source>
        <translation>Le terminal a signalé un état de vente inconnu.</translation>
    </message>
    <message>
        <source>The terminal&apos;s sale record is malformed.</source>
        <translation>Le dossier de vente du terminal est mal formé.</translation>
    </message>
</context>
<context>
    <name>SalesSettings</name>
    <message>
        <source>Holdfast store</source>
        <translation>Magasin Holdfast</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci!</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code.</source>
        <translation>%1 n&apos;est pas un code de devise ISO 4217.</translation>
    </message>
    <message>
        <source>The store needs a name for its receipts.</source>
        <translation>Le magasin a besoin d&apos;un nom pour ses reçus.</translation>
    </message>
    <message>
        <source>The taxes of this location are not set up yet.</source>
        <translation>Les taxes de cet emplacement ne sont pas encore configurées.</translation>
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
            <numerusform>%n vente est encore ouverte : terminez-la ou annulez-la.</numerusform>
            <numerusform>%n ventes sont encore ouvertes : terminez-les ou annulez-les.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline card payment(s) totalling %1 are not uploaded yet.</source>
        <translation>
            <numerusform>%n paiement par carte hors ligne, totalisant %1, n&apos;est pas encore envoyé.</numerusform>
            <numerusform>%n paiements par carte hors ligne, totalisant %1, ne sont pas encore envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first must upload within %1.</source>
        <translation>Le premier doit être envoyé d&apos;ici %1.</translation>
    </message>
    <message>
        <source>An offline payment has passed its upload deadline and may not be paid. Restore the connection and contact support.</source>
        <translation>Un paiement hors ligne a dépassé son délai d&apos;envoi et risque de ne pas être payé. Rétablissez la connexion et communiquez avec le soutien.</translation>
    </message>
    <message numerus="yes">
        <source>%n card payment(s) of this shift, totalling %1, have no final answer yet.</source>
        <translation>
            <numerusform>%n paiement par carte de ce quart, totalisant %1, n&apos;a pas encore de réponse finale.</numerusform>
            <numerusform>%n paiements par carte de ce quart, totalisant %1, n&apos;ont pas encore de réponse finale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline card payment(s), totalling %1, were declined after the sale; %2 without a customer contact.</source>
        <translation>
            <numerusform>%n paiement par carte hors ligne, totalisant %1, a été refusé après la vente; %2 sans coordonnées du client.</numerusform>
            <numerusform>%n paiements par carte hors ligne, totalisant %1, ont été refusés après la vente; %2 sans coordonnées du client.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftStore</name>
    <message>
        <source>There is no such staff member.</source>
        <translation>Ce membre du personnel n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>A shift belongs to a register.</source>
        <translation>Un quart de travail appartient à une caisse.</translation>
    </message>
    <message>
        <source>A shift is already open on this register; end it first.</source>
        <translation>Un quart de travail est déjà ouvert sur cette caisse; terminez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>There is no such shift.</source>
        <translation>Ce quart de travail n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This shift has already ended.</source>
        <translation>Ce quart de travail est déjà terminé.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>A role is CASHIER or MANAGER.</source>
        <translation>Un rôle est CASHIER ou MANAGER.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gérant</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>make sales</source>
        <translation>faire des ventes</translation>
    </message>
    <message>
        <source>give discounts</source>
        <translation>accorder des rabais</translation>
    </message>
    <message>
        <source>cancel a sale</source>
        <translation>annuler une vente</translation>
    </message>
    <message>
        <source>change the offline mode</source>
        <translation>changer le mode hors ligne</translation>
    </message>
    <message>
        <source>type in a card number</source>
        <translation>taper un numéro de carte</translation>
    </message>
    <message>
        <source>void a card payment</source>
        <translation>annuler un paiement par carte</translation>
    </message>
    <message>
        <source>manage staff</source>
        <translation>gérer le personnel</translation>
    </message>
    <message>
        <source>import the catalog</source>
        <translation>importer le catalogue</translation>
    </message>
    <message>
        <source>end the shift</source>
        <translation>terminer le quart de travail</translation>
    </message>
    <message>
        <source>pair the register with a gateway or a terminal</source>
        <translation>jumeler la caisse à une passerelle ou à un terminal</translation>
    </message>
    <message>
        <source>Only a manager can %1.</source>
        <translation>Seul un gérant peut %1.</translation>
    </message>
</context>
<context>
    <name>StaffStore</name>
    <message>
        <source>There is no such staff member.</source>
        <translation>Ce membre du personnel n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The PIN key in the system keyring is damaged.</source>
        <translation>La clé des NIP dans le trousseau du système est endommagée.</translation>
    </message>
    <message>
        <source>The PIN key is missing from the system keyring, so no PIN can be checked. Restore the keyring, or contact support to reset the staff list.</source>
        <translation>La clé des NIP manque dans le trousseau du système, donc aucun NIP ne peut être vérifié. Restaurez le trousseau ou communiquez avec le soutien pour réinitialiser la liste du personnel.</translation>
    </message>
    <message>
        <source>A staff member needs a name of 1 to 100 characters.</source>
        <translation>Un membre du personnel a besoin d&apos;un nom de 1 à 100 caractères.</translation>
    </message>
    <message>
        <source>Staff already exist; a manager adds new staff after signing in.</source>
        <translation>Le personnel existe déjà; un gérant ajoute les nouveaux membres après s&apos;être connecté.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ne peut plus se connecter.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs for %1. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de NIP erronés pour %1. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de NIP erronés pour %1. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored PIN of %1 is unreadable; a manager must reset it.</source>
        <translation>Le NIP enregistré de %1 est illisible; un gérant doit le réinitialiser.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many wrong PINs: %1 is locked out for %n second(s).</source>
        <translation>
            <numerusform>NIP erroné. Trop de NIP erronés : %1 est bloqué pendant %n seconde.</numerusform>
            <numerusform>NIP erroné. Trop de NIP erronés : %1 est bloqué pendant %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>NIP erroné.</translation>
    </message>
    <message>
        <source>%1 is the last active manager; add another manager first.</source>
        <translation>%1 est le dernier gérant actif; ajoutez d&apos;abord un autre gérant.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>The terminal reported an unknown state.</source>
        <translation>Le terminal a signalé un état inconnu.</translation>
    </message>
    <message>
        <source>The terminal&apos;s status is malformed.</source>
        <translation>L&apos;état du terminal est mal formé.</translation>
    </message>
    <message>
        <source>The terminal&apos;s battery level is malformed.</source>
        <translation>Le niveau de pile du terminal est mal formé.</translation>
    </message>
    <message>
        <source>The terminal&apos;s status names a malformed saleId.</source>
        <translation>L&apos;état du terminal nomme un saleId mal formé.</translation>
    </message>
</context>
<context>
    <name>StoreDatabase</name>
    <message>
        <source>The sales database is damaged (%1). Do not delete it: contact support.</source>
        <translation>La base de données des ventes est endommagée (%1). Ne la supprimez pas : communiquez avec le soutien.</translation>
    </message>
    <message>
        <source>The sales database was written by a newer version of Holdfast (schema %1). Install that version again; nothing was changed.</source>
        <translation>La base de données des ventes a été écrite par une version plus récente de Holdfast (schéma %1). Réinstallez cette version; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The register&apos;s disk is full, so nothing was saved. Free some space.</source>
        <translation>Le disque de la caisse est plein, donc rien n&apos;a été enregistré. Libérez de l&apos;espace.</translation>
    </message>
    <message>
        <source>The register could not write to its disk, so nothing was saved.</source>
        <translation>La caisse n&apos;a pas pu écrire sur son disque, donc rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The sales database is busy in another program. Try again.</source>
        <translation>La base de données des ventes est occupée par un autre programme. Réessayez.</translation>
    </message>
    <message>
        <source>The sales database refused a change that would break its rules.</source>
        <translation>La base de données des ventes a refusé une modification qui enfreindrait ses règles.</translation>
    </message>
    <message>
        <source>The sales database failed: %1</source>
        <translation>La base de données des ventes a échoué : %1</translation>
    </message>
    <message>
        <source>Cannot open the sales database (%1).</source>
        <translation>Impossible d’ouvrir la base de données des ventes (%1).</translation>
    </message>
    <message>
        <source>The sales database could not be made durable on this disk.</source>
        <translation>La base de données des ventes ne peut pas être rendue durable sur ce disque.</translation>
    </message>
</context>
<context>
    <name>TaxRules</name>
    <message>
        <source>Amounts in different currencies cannot be combined.</source>
        <translation>Des montants en devises différentes ne peuvent pas être combinés.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <source>The tax mode must be &quot;exclusive&quot; or &quot;inclusive&quot;.</source>
        <translation>Le mode de taxe doit être « exclusive » ou « inclusive ».</translation>
    </message>
    <message>
        <source>Every tax needs a name.</source>
        <translation>Chaque taxe a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>There are two taxes named %1; names must be unique.</source>
        <translation>Deux taxes s&apos;appellent %1; les noms doivent être uniques.</translation>
    </message>
    <message>
        <source>The rate of %1 must be between 0 and 100 percent.</source>
        <translation>Le taux de %1 doit être entre 0 et 100 pour cent.</translation>
    </message>
    <message>
        <source>%1 applies to no tax class.</source>
        <translation>%1 ne s&apos;applique à aucune catégorie de taxe.</translation>
    </message>
    <message>
        <source>%1 applies to the unknown tax class &quot;%2&quot;.</source>
        <translation>%1 s&apos;applique à la catégorie de taxe inconnue « %2 ».</translation>
    </message>
    <message>
        <source>With tax-inclusive prices, the tax class &quot;%1&quot; can carry only one tax.</source>
        <translation>Avec des prix taxes comprises, la catégorie de taxe « %1 » ne peut porter qu&apos;une seule taxe.</translation>
    </message>
    <message>
        <source>The tax rules are not in the expected form.</source>
        <translation>Les règles de taxes n&apos;ont pas la forme attendue.</translation>
    </message>
</context>
<context>
    <name>Tendering</name>
    <message>
        <source>The payment is in another currency than the sale.</source>
        <translation>Le paiement est dans une autre devise que la vente.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Entrez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>Nothing is left to pay on this sale.</source>
        <translation>Il ne reste rien à payer sur cette vente.</translation>
    </message>
    <message>
        <source>A card payment cannot be more than the %1 left to pay; only cash can.</source>
        <translation>Un paiement par carte ne peut pas dépasser les %1 qui restent à payer; seul le comptant le peut.</translation>
    </message>
</context>
<context>
    <name>TerminalDriver</name>
    <message>
        <source>The terminal&apos;s answer is not what Holdfast expects.</source>
        <translation>La réponse du terminal n&apos;est pas celle qu&apos;attend Holdfast.</translation>
    </message>
    <message>
        <source>The device at %1 is not the terminal this register was paired with: its certificate changed. If the terminal was replaced or reset, remove the pairing and pair it again; otherwise call for help.</source>
        <translation>L&apos;appareil à %1 n&apos;est pas le terminal jumelé à cette caisse : son certificat a changé. Si le terminal a été remplacé ou réinitialisé, supprimez le jumelage et jumelez-le de nouveau; sinon, appelez à l&apos;aide.</translation>
    </message>
    <message>
        <source>The terminal at %1 cannot be reached. Check that it is on and on the store&apos;s network.</source>
        <translation>Le terminal à %1 est injoignable. Vérifiez qu&apos;il est allumé et branché au réseau du magasin.</translation>
    </message>
    <message>
        <source>The terminal at %1 did not answer in time. Check that it is on and on the store&apos;s network.</source>
        <translation>Le terminal à %1 n&apos;a pas répondu à temps. Vérifiez qu&apos;il est allumé et branché au réseau du magasin.</translation>
    </message>
    <message>
        <source>The connection to the terminal at %1 was lost before it answered.</source>
        <translation>La connexion au terminal à %1 a été perdue avant sa réponse.</translation>
    </message>
    <message>
        <source>The terminal no longer accepts this register (it was paired with another one, or reset). Pair it again.</source>
        <translation>Le terminal n&apos;accepte plus cette caisse (il a été jumelé à une autre ou réinitialisé). Jumelez-le de nouveau.</translation>
    </message>
    <message>
        <source>The pairing code is wrong or was already used. Check the code the terminal shows.</source>
        <translation>Le code de jumelage est erroné ou a déjà servi. Vérifiez le code affiché par le terminal.</translation>
    </message>
    <message>
        <source>The pairing code has expired. Ask the terminal for a new code and pair again.</source>
        <translation>Le code de jumelage est expiré. Demandez un nouveau code au terminal et jumelez de nouveau.</translation>
    </message>
    <message>
        <source>The terminal is busy with another sale. Finish or cancel it first.</source>
        <translation>Le terminal est occupé par une autre vente. Terminez-la ou annulez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The terminal already had this sale with different details; start the payment again.</source>
        <translation>Le terminal avait déjà cette vente avec d&apos;autres détails; recommencez le paiement.</translation>
    </message>
    <message>
        <source>The terminal refused the request: %1</source>
        <translation>Le terminal a refusé la demande : %1</translation>
    </message>
    <message>
        <source>The terminal failed to handle the request: %1</source>
        <translation>Le terminal n&apos;a pas pu traiter la demande : %1</translation>
    </message>
    <message>
        <source>The terminal answered in a way Holdfast does not understand (HTTP %1).</source>
        <translation>Le terminal a répondu d&apos;une façon que Holdfast ne comprend pas (HTTP %1).</translation>
    </message>
    <message>
        <source>The terminal&apos;s answer is not the JSON Holdfast expects.</source>
        <translation>La réponse du terminal n&apos;est pas le JSON qu&apos;attend Holdfast.</translation>
    </message>
    <message>
        <source>Interac debit cannot be taken while the store is offline. Ask for a credit card or another tender.</source>
        <translation>Le débit Interac ne peut pas être accepté pendant que le magasin est hors ligne. Demandez une carte de crédit ou un autre mode de paiement.</translation>
    </message>
    <message>
        <source>This way of reading the card is not allowed now. Ask the customer to insert or tap the card instead.</source>
        <translation>Ce mode de lecture de la carte n&apos;est pas permis maintenant. Demandez au client d&apos;insérer ou de présenter sa carte.</translation>
    </message>
    <message>
        <source>The terminal refused this card. Ask for another tender.</source>
        <translation>Le terminal a refusé cette carte. Demandez un autre mode de paiement.</translation>
    </message>
</context>
<context>
    <name>TerminalMonitor</name>
    <message>
        <source>Not paired</source>
        <translation>Non jumelé</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Ne répond pas</translation>
    </message>
</context>
<context>
    <name>TerminalPairing</name>
    <message>
        <source>The terminal pairing file %1 cannot be read. Pair the terminal again.</source>
        <translation>Le fichier de jumelage du terminal %1 est illisible. Jumelez le terminal de nouveau.</translation>
    </message>
    <message>
        <source>The terminal pairing cannot be saved to %1: %2</source>
        <translation>Le jumelage du terminal ne peut pas être enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>The terminal pairing file %1 cannot be removed.</source>
        <translation>Le fichier de jumelage du terminal %1 ne peut pas être supprimé.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
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
        <translation>Un paiement du coffre a des champs illisibles.</translation>
    </message>
    <message>
        <source>The payment vault is damaged (%1). Do not delete it: contact support, who can recover the queued payments.</source>
        <translation>Le coffre des paiements est endommagé (%1). Ne le supprimez pas : communiquez avec le soutien, qui peut récupérer les paiements en attente.</translation>
    </message>
    <message>
        <source>The payment vault was written by a newer version of Holdfast (schema %1). Install that version again; the queued payments are safe.</source>
        <translation>Le coffre des paiements a été écrit par une version plus récente de Holdfast (schéma %1). Réinstallez cette version; les paiements en attente sont en sécurité.</translation>
    </message>
    <message>
        <source>The register&apos;s disk is full, so nothing was saved. Free some space, or take another form of payment.</source>
        <translation>Le disque de la caisse est plein, donc rien n&apos;a été enregistré. Libérez de l&apos;espace ou prenez un autre mode de paiement.</translation>
    </message>
    <message>
        <source>The register could not write to its disk, so nothing was saved. Check the disk, or take another form of payment.</source>
        <translation>La caisse n&apos;a pas pu écrire sur son disque, donc rien n&apos;a été enregistré. Vérifiez le disque ou prenez un autre mode de paiement.</translation>
    </message>
    <message>
        <source>The payment vault is busy in another program. Try again.</source>
        <translation>Le coffre des paiements est occupé par un autre programme. Réessayez.</translation>
    </message>
    <message>
        <source>The payment vault refused a change that would break its rules.</source>
        <translation>Le coffre des paiements a refusé une modification qui enfreindrait ses règles.</translation>
    </message>
    <message>
        <source>The payment vault failed: %1</source>
        <translation>Le coffre des paiements a échoué : %1</translation>
    </message>
    <message>
        <source>Cannot open the payment vault (%1).</source>
        <translation>Impossible d’ouvrir le coffre des paiements (%1).</translation>
    </message>
    <message>
        <source>The payment vault could not be made durable on this disk.</source>
        <translation>Le coffre des paiements ne peut pas être rendu durable sur ce disque.</translation>
    </message>
</context>
<context>
    <name>base64url</name>
    <message>
        <source>The data is not valid unpadded base64url text.</source>
        <translation>Les données ne sont pas du texte base64url valide sans remplissage.</translation>
    </message>
</context>
<context>
    <name>cardseal</name>
    <message>
        <source>The sealed card data belongs to another key.</source>
        <translation>Les données de carte scellées appartiennent à une autre clé.</translation>
    </message>
</context>
<context>
    <name>crypto</name>
    <message>
        <source>The signing key is not an Ed25519 public key.</source>
        <translation>La clé de signature n&apos;est pas une clé publique Ed25519.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed unexpectedly.</source>
        <translation>Une opération cryptographique a échoué de façon inattendue.</translation>
    </message>
    <message>
        <source>The key is not a valid 32-byte key.</source>
        <translation>La clé n&apos;est pas une clé valide de 32 octets.</translation>
    </message>
    <message>
        <source>The public key cannot be used.</source>
        <translation>La clé publique ne peut pas être utilisée.</translation>
    </message>
</context>
<context>
    <name>holdfast::RegisterEngine</name>
    <message>
        <source>%1 can no longer use this register.</source>
        <translation>%1 ne peut plus utiliser cette caisse.</translation>
    </message>
    <message>
        <source>Choose how taxes work in this store.</source>
        <translation>Choisissez le fonctionnement des taxes dans ce magasin.</translation>
    </message>
    <message>
        <source>Type the store&apos;s name; it is printed on every receipt.</source>
        <translation>Tapez le nom du magasin; il est imprimé sur chaque reçu.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci!</translation>
    </message>
    <message>
        <source>No shift is open on this register.</source>
        <translation>Aucun quart de travail n&apos;est ouvert sur cette caisse.</translation>
    </message>
    <message>
        <source>A card payment is already in progress.</source>
        <translation>Un paiement par carte est déjà en cours.</translation>
    </message>
    <message>
        <source>No payment terminal is paired with this register. A manager can pair one, or key the card in.</source>
        <translation>Aucun terminal de paiement n&apos;est jumelé à cette caisse. Un gérant peut en jumeler un ou taper la carte.</translation>
    </message>
    <message>
        <source>Outcome pending</source>
        <translation>Résultat en attente</translation>
    </message>
    <message>
        <source>The card payment was taken (reference %1), but the sale could not record it: %2</source>
        <translation>Le paiement par carte a été pris (référence %1), mais la vente n&apos;a pas pu l&apos;inscrire : %2</translation>
    </message>
</context>
<context>
    <name>holdfast::sync::Uploader</name>
    <message>
        <source>The register could not write to its disk; uploads wait a moment.</source>
        <translation>La caisse n&apos;a pas pu écrire sur son disque; les envois attendent un moment.</translation>
    </message>
</context>
<context>
    <name>holdfast::terminal::HoldfastTerminalDriver</name>
    <message>
        <source>No payment terminal is paired with this register. Pair one first.</source>
        <translation>Aucun terminal de paiement n&apos;est jumelé à cette caisse. Jumelez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>The terminal address must look like https://192.168.1.40:8443.</source>
        <translation>L&apos;adresse du terminal doit ressembler à https://192.168.1.40:8443.</translation>
    </message>
    <message>
        <source>Enter the pairing code the terminal shows.</source>
        <translation>Entrez le code de jumelage affiché par le terminal.</translation>
    </message>
    <message>
        <source>The terminal&apos;s certificate is not the one it reports. Pairing was stopped; check the network between the register and the terminal.</source>
        <translation>Le certificat du terminal n&apos;est pas celui qu&apos;il annonce. Le jumelage a été arrêté; vérifiez le réseau entre la caisse et le terminal.</translation>
    </message>
    <message>
        <source>The saleId is not valid.</source>
        <translation>Le saleId n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>A payment is already in progress on the terminal. Wait for it or cancel it.</source>
        <translation>Un paiement est déjà en cours sur le terminal. Attendez-le ou annulez-le.</translation>
    </message>
    <message>
        <source>The terminal&apos;s payment answer is not what Holdfast expects.</source>
        <translation>La réponse de paiement du terminal n&apos;est pas celle qu&apos;attend Holdfast.</translation>
    </message>
    <message>
        <source>The terminal did not say what became of sale %1. Do not take another card for it: ask the terminal again once it is back.</source>
        <translation>Le terminal n&apos;a pas dit ce qu&apos;il est advenu de la vente %1. Ne prenez pas d&apos;autre carte pour cette vente : redemandez au terminal quand il sera de retour.</translation>
    </message>
    <message>
        <source>The terminal has no record of this sale, so no card was read. Try the payment again.</source>
        <translation>Le terminal n&apos;a aucune trace de cette vente, donc aucune carte n&apos;a été lue. Refaites le paiement.</translation>
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
        <translation>Rabais −%1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CartPanel</name>
    <message>
        <source>− Qty</source>
        <translation>− Qté</translation>
    </message>
    <message>
        <source>+ Qty</source>
        <translation>+ Qté</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>Retirer (Suppr)</translation>
    </message>
    <message>
        <source>Item discount (F4)</source>
        <translation>Rabais sur l&apos;article (F4)</translation>
    </message>
    <message>
        <source>Sale discount (Shift+F4)</source>
        <translation>Rabais sur la vente (Maj+F4)</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>One fewer of the selected item (-)</source>
        <translation>Un de moins de l&apos;article choisi (-)</translation>
    </message>
    <message>
        <source>One more of the selected item (+)</source>
        <translation>Un de plus de l&apos;article choisi (+)</translation>
    </message>
    <message>
        <source>The register is not ready to sell yet.</source>
        <translation>La caisse n&apos;est pas encore prête à vendre.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 ajouté</translation>
    </message>
    <message>
        <source>Select an item first.</source>
        <translation>Choisissez d&apos;abord un article.</translation>
    </message>
    <message>
        <source>Discount on %1</source>
        <translation>Rabais sur %1</translation>
    </message>
    <message>
        <source>The sale is empty.</source>
        <translation>La vente est vide.</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Rabais sur toute la vente</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Rabais</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Includes %1</source>
        <translation>Comprend %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Pay %1 (F12)</source>
        <translation>Payer %1 (F12)</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CatalogPanel</name>
    <message>
        <source>Search products or type a barcode (Ctrl+F)</source>
        <translation>Chercher un produit ou taper un code-barres (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Chercher des produits</translation>
    </message>
    <message>
        <source>Categories (Ctrl+Page Up, Ctrl+Page Down)</source>
        <translation>Catégories (Ctrl+Page préc., Ctrl+Page suiv.)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>No product matches.</source>
        <translation>Aucun produit ne correspond.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 products: type to narrow the search.</source>
        <translation>%1 produits affichés sur %2 : tapez pour préciser la recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::DiscountDialog</name>
    <message>
        <source>&amp;Percentage off</source>
        <translation>Rabais en &amp;pourcentage</translation>
    </message>
    <message>
        <source>&amp;Amount off</source>
        <translation>&amp;Montant de rabais</translation>
    </message>
    <message>
        <source>&amp;Remove discount</source>
        <translation>&amp;Retirer le rabais</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message>
        <source>Type a percentage such as 10 or 12.5.</source>
        <translation>Tapez un pourcentage comme 10 ou 12,5.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::FirstRunPage</name>
    <message>
        <source>Create the manager and start</source>
        <translation>Créer le gérant et commencer</translation>
    </message>
    <message>
        <source>Welcome to Holdfast</source>
        <translation>Bienvenue dans Holdfast</translation>
    </message>
    <message>
        <source>Set up this register. The first person is a manager, who can then add cashiers, pair the register with the gateway and the payment terminal, and import the catalog. A sample catalog is loaded to start with.</source>
        <translation>Configurez cette caisse. La première personne est un gérant, qui pourra ensuite ajouter des caissiers, jumeler la caisse à la passerelle et au terminal de paiement, et importer le catalogue. Un catalogue d&apos;exemple est chargé pour commencer.</translation>
    </message>
    <message>
        <source>Québec: GST 5% + QST 9.975% added to prices</source>
        <translation>Québec : TPS 5 % + TVQ 9,975 % ajoutées aux prix</translation>
    </message>
    <message>
        <source>Ontario: HST 13% added to prices</source>
        <translation>Ontario : TVH 13 % ajoutée aux prix</translation>
    </message>
    <message>
        <source>VAT 20% included in prices</source>
        <translation>TVA 20 % incluse dans les prix</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 à 8 chiffres</translation>
    </message>
    <message>
        <source>Store name:</source>
        <translation>Nom du magasin :</translation>
    </message>
    <message>
        <source>Taxes:</source>
        <translation>Taxes :</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise :</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
    <message>
        <source>Your PIN:</source>
        <translation>Votre NIP :</translation>
    </message>
    <message>
        <source>PIN again:</source>
        <translation>NIP de nouveau :</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the PIN twice again.</source>
        <translation>Les deux NIP diffèrent. Tapez le NIP deux fois de nouveau.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::KeyedCardDialog</name>
    <message>
        <source>Key in a card</source>
        <translation>Taper une carte</translation>
    </message>
    <message>
        <source>Type the card number and expiry for %1. They are sealed at once and never stored or shown.</source>
        <translation>Tapez le numéro et la date d&apos;expiration de la carte pour %1. Ils sont scellés aussitôt et ne sont jamais conservés ni affichés.</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/AA</translation>
    </message>
    <message>
        <source>Card number:</source>
        <translation>Numéro de carte :</translation>
    </message>
    <message>
        <source>Expiry (MM/YY):</source>
        <translation>Expiration (MM/AA) :</translation>
    </message>
    <message>
        <source>Charge the card</source>
        <translation>Débiter la carte</translation>
    </message>
    <message>
        <source>Type the card number and the expiry as MM/YY.</source>
        <translation>Tapez le numéro de carte et l&apos;expiration au format MM/AA.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::LinkIndicator</name>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>last contact %1</source>
        <translation>dernier contact %1</translation>
    </message>
    <message>
        <source>Not paired</source>
        <translation>Non jumelée</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MainWindow</name>
    <message>
        <source>Opening the register…</source>
        <translation>Ouverture de la caisse…</translation>
    </message>
    <message>
        <source>Holdfast register</source>
        <translation>Caisse Holdfast</translation>
    </message>
    <message>
        <source>The register cannot open its data:
%1</source>
        <translation>La caisse ne peut pas ouvrir ses données :
%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Quit with payments waiting?</source>
        <translation>Quitter avec des paiements en attente?</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Se déconnecter?</translation>
    </message>
    <message numerus="yes">
        <source>%n card payment(s) (%1) have not reached the gateway yet.</source>
        <translation>
            <numerusform>%n paiement par carte (%1) n&apos;a pas encore atteint la passerelle.</numerusform>
            <numerusform>%n paiements par carte (%1) n&apos;ont pas encore atteint la passerelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>While Holdfast is closed they are sent only if the holdfastctl sync service runs. Their deadline does not wait. Quit anyway?</source>
        <translation>Pendant que Holdfast est fermé, ils ne sont envoyés que si le service holdfastctl sync fonctionne. Leur délai, lui, court toujours. Quitter quand même?</translation>
    </message>
    <message>
        <source>They keep uploading while the register runs; the next person to sign in sees the reminder. Sign out anyway?</source>
        <translation>Ils continuent d&apos;être envoyés tant que la caisse fonctionne; la prochaine personne connectée verra le rappel. Se déconnecter quand même?</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <source>Sign in to see the payments.</source>
        <translation>Connectez-vous pour voir les paiements.</translation>
    </message>
    <message>
        <source>The shift is closed. The next sign-in opens a new one.</source>
        <translation>Le quart de travail est fermé. La prochaine connexion en ouvre un nouveau.</translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>&amp;Vente</translation>
    </message>
    <message>
        <source>&amp;New sale</source>
        <translation>&amp;Nouvelle vente</translation>
    </message>
    <message>
        <source>&amp;Find a product</source>
        <translation>&amp;Chercher un produit</translation>
    </message>
    <message>
        <source>Next category</source>
        <translation>Catégorie suivante</translation>
    </message>
    <message>
        <source>Previous category</source>
        <translation>Catégorie précédente</translation>
    </message>
    <message>
        <source>One &amp;more of the item</source>
        <translation>Un de &amp;plus de l&apos;article</translation>
    </message>
    <message>
        <source>One &amp;fewer of the item</source>
        <translation>Un de m&amp;oins de l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Remove the item</source>
        <translation>&amp;Retirer l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Item discount…</source>
        <translation>Rabais sur l&apos;&amp;article…</translation>
    </message>
    <message>
        <source>&amp;Sale discount…</source>
        <translation>Rabais sur la &amp;vente…</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>P&amp;ayer</translation>
    </message>
    <message>
        <source>Last &amp;receipt</source>
        <translation>&amp;Dernier reçu</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Caisse</translation>
    </message>
    <message>
        <source>Card processing &amp;mode…</source>
        <translation>&amp;Mode de traitement des cartes…</translation>
    </message>
    <message>
        <source>Outstanding &amp;payments…</source>
        <translation>&amp;Paiements en attente…</translation>
    </message>
    <message>
        <source>&amp;End of shift…</source>
        <translation>&amp;Fin du quart…</translation>
    </message>
    <message>
        <source>&amp;Import catalog…</source>
        <translation>&amp;Importer le catalogue…</translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation>Pe&amp;rsonnel…</translation>
    </message>
    <message>
        <source>Pair &amp;devices…</source>
        <translation>&amp;Jumeler des appareils…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Langue…</translation>
    </message>
    <message>
        <source>&amp;About Holdfast</source>
        <translation>À &amp;propos de Holdfast</translation>
    </message>
    <message>
        <source>Managers only</source>
        <translation>Réservé aux gérants</translation>
    </message>
    <message>
        <source>Import a catalog</source>
        <translation>Importer un catalogue</translation>
    </message>
    <message>
        <source>Catalog files (*.csv);;All files (*)</source>
        <translation>Fichiers de catalogue (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing the catalog…</source>
        <translation>Importation du catalogue…</translation>
    </message>
    <message>
        <source>Catalog not imported</source>
        <translation>Catalogue non importé</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. Fix these lines and import again:

%1</source>
        <translation>Rien n&apos;a été modifié. Corrigez ces lignes et importez de nouveau :

%1</translation>
    </message>
    <message>
        <source>Catalog imported: %1 new, %2 updated, %3 new categories.</source>
        <translation>Catalogue importé : %1 nouveaux, %2 mis à jour, %3 nouvelles catégories.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of the register:</source>
        <translation>Langue de la caisse :</translation>
    </message>
    <message>
        <source>The register uses the new language from its next start.</source>
        <translation>La caisse utilisera la nouvelle langue à son prochain démarrage.</translation>
    </message>
    <message>
        <source>About Holdfast</source>
        <translation>À propos de Holdfast</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Holdfast %1&lt;/h3&gt;&lt;p&gt;A point of sale that keeps taking card payments while the internet is down: card data is sealed at once, kept in a crash-safe queue, and sent when the connection returns.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Holdfast %1&lt;/h3&gt;&lt;p&gt;Un point de vente qui continue d&apos;accepter les cartes quand Internet est coupé : les données de carte sont scellées aussitôt, gardées dans une file à l&apos;épreuve des pannes et envoyées au retour de la connexion.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ModeIndicator</name>
    <message>
        <source>The processing mode for card payments. Managers change it here (Ctrl+M).</source>
        <translation>Le mode de traitement des paiements par carte. Les gérants le changent ici (Ctrl+M).</translation>
    </message>
    <message>
        <source>Cards: %1</source>
        <translation>Cartes : %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OfflineModeDialog</name>
    <message>
        <source>Card processing mode</source>
        <translation>Mode de traitement des cartes</translation>
    </message>
    <message>
        <source>When a card is presented</source>
        <translation>Quand une carte est présentée</translation>
    </message>
    <message>
        <source>Every card is authorised by the gateway while the customer waits. If the internet is down, cards cannot be taken.</source>
        <translation>Chaque carte est autorisée par la passerelle pendant que le client attend. Si Internet est coupé, les cartes ne peuvent pas être acceptées.</translation>
    </message>
    <message>
        <source>Online while the gateway answers quickly; otherwise the card is approved offline, within the limits below, and sent when the connection returns.</source>
        <translation>En ligne tant que la passerelle répond vite; sinon la carte est approuvée hors ligne, dans les limites ci-dessous, et envoyée au retour de la connexion.</translation>
    </message>
    <message>
        <source>Every card is approved offline and queued, even when online (for sporadic connections).</source>
        <translation>Chaque carte est approuvée hors ligne et mise en file, même en ligne (pour les connexions intermittentes).</translation>
    </message>
    <message>
        <source>Only a manager can change the offline mode. %1 is signed in as a cashier.</source>
        <translation>Seul un gérant peut changer le mode hors ligne. %1 est connecté comme caissier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline limits:&lt;/b&gt; not known yet — the register has not reached the gateway since it was paired. Until it does, no card can be approved offline.</source>
        <translation>&lt;b&gt;Limites hors ligne :&lt;/b&gt; encore inconnues — la caisse n&apos;a pas joint la passerelle depuis son jumelage. D&apos;ici là, aucune carte ne peut être approuvée hors ligne.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline payments are not allowed at this location&lt;/b&gt; (the back office decides). Allow offline and Force offline will refuse cards.</source>
        <translation>&lt;b&gt;Les paiements hors ligne ne sont pas permis à cet emplacement&lt;/b&gt; (le bureau en décide). « Permettre hors ligne » et « Forcer hors ligne » refuseront les cartes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline limits at this location&lt;/b&gt; (set by the back office):</source>
        <translation>&lt;b&gt;Limites hors ligne à cet emplacement&lt;/b&gt; (fixées par le bureau) :</translation>
    </message>
    <message>
        <source>• At most %1 per payment</source>
        <translation>• Au plus %1 par paiement</translation>
    </message>
    <message>
        <source>• At most %1 waiting in all (now %2)</source>
        <translation>• Au plus %1 en attente au total (actuellement %2)</translation>
    </message>
    <message>
        <source>• At most %1 payments waiting (now %2)</source>
        <translation>• Au plus %1 paiements en attente (actuellement %2)</translation>
    </message>
    <message numerus="yes">
        <source>• No new offline payment once the oldest waiting one is %n hour(s) old</source>
        <translation>
            <numerusform>• Aucun nouveau paiement hors ligne quand le plus ancien en attente a %n heure</numerusform>
            <numerusform>• Aucun nouveau paiement hors ligne quand le plus ancien en attente a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• Each must reach the gateway within %n hour(s)</source>
        <translation>
            <numerusform>• Chacun doit atteindre la passerelle dans les %n heure</numerusform>
            <numerusform>• Chacun doit atteindre la passerelle dans les %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>• Interac debit cards are never taken offline</source>
        <translation>• Les cartes de débit Interac ne sont jamais acceptées hors ligne</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OutageSwitch</name>
    <message>
        <source>Simulate internet outage</source>
        <translation>Simuler une panne d&apos;Internet</translation>
    </message>
    <message>
        <source>Demo only: cuts the register&apos;s link to the gateway (and restores it), so you can see offline payments queue and then upload.</source>
        <translation>Démo seulement : coupe le lien de la caisse vers la passerelle (et le rétablit), pour voir les paiements hors ligne se mettre en file puis partir.</translation>
    </message>
    <message>
        <source>The link to the gateway is cut. Click to restore it.</source>
        <translation>Le lien vers la passerelle est coupé. Cliquez pour le rétablir.</translation>
    </message>
    <message>
        <source>The link to the gateway works. Click to cut it.</source>
        <translation>Le lien vers la passerelle fonctionne. Cliquez pour le couper.</translation>
    </message>
    <message>
        <source>The outage control did not answer: %1</source>
        <translation>La commande de panne n&apos;a pas répondu : %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PairingDialog</name>
    <message>
        <source>Pair devices</source>
        <translation>Jumeler des appareils</translation>
    </message>
    <message>
        <source>Till 1</source>
        <translation>Caisse 1</translation>
    </message>
    <message>
        <source>Gateway (back office)</source>
        <translation>Passerelle (bureau)</translation>
    </message>
    <message>
        <source>Gateway &amp;address:</source>
        <translation>&amp;Adresse de la passerelle :</translation>
    </message>
    <message>
        <source>&amp;Device code:</source>
        <translation>Code d&apos;a&amp;ppareil :</translation>
    </message>
    <message>
        <source>Register &amp;name:</source>
        <translation>&amp;Nom de la caisse :</translation>
    </message>
    <message>
        <source>Pair with the &amp;gateway</source>
        <translation>Jumeler à la &amp;passerelle</translation>
    </message>
    <message>
        <source>Payment terminal</source>
        <translation>Terminal de paiement</translation>
    </message>
    <message>
        <source>&amp;Terminal address:</source>
        <translation>Adresse du &amp;terminal :</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>&amp;Code de jumelage :</translation>
    </message>
    <message>
        <source>Pair with the &amp;terminal</source>
        <translation>Jumeler au &amp;terminal</translation>
    </message>
    <message>
        <source>Pairing…</source>
        <translation>Jumelage…</translation>
    </message>
    <message>
        <source>Paired. Keys and offline limits are fetched.</source>
        <translation>Jumelée. Les clés et les limites hors ligne sont obtenues.</translation>
    </message>
    <message>
        <source>Paired with the terminal.</source>
        <translation>Jumelée au terminal.</translation>
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
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time left to upload</source>
        <translation>Temps restant pour l&apos;envoi</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
    <message>
        <source>Void pending</source>
        <translation>Annulation en attente</translation>
    </message>
    <message>
        <source>%1 — unconfirmed</source>
        <translation>%1 — non confirmé</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PinPad</name>
    <message>
        <source>Sign in (Enter)</source>
        <translation>Se connecter (Entrée)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ProductGrid</name>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ProductListModel</name>
    <message>
        <source>%1 — %2 (SKU %3)</source>
        <translation>%1 — %2 (UGS %3)</translation>
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
        <translation>&amp;Annuler la sélection…</translation>
    </message>
    <message>
        <source>Card payments on this register</source>
        <translation>Paiements par carte de cette caisse</translation>
    </message>
    <message>
        <source>Outstanding (not settled yet)</source>
        <translation>En attente (pas encore réglés)</translation>
    </message>
    <message>
        <source>All payments</source>
        <translation>Tous les paiements</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>Actualise&amp;r (F5)</translation>
    </message>
    <message>
        <source>&amp;Upload all now</source>
        <translation>&amp;Tout envoyer maintenant</translation>
    </message>
    <message>
        <source>Upload &amp;selected</source>
        <translation>Envoyer la &amp;sélection</translation>
    </message>
    <message>
        <source>Only a manager can void a card payment.</source>
        <translation>Seul un gérant peut annuler un paiement par carte.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) listed.</source>
        <translation>
            <numerusform>%n paiement affiché.</numerusform>
            <numerusform>%n paiements affichés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to upload (%1).</source>
        <translation>
            <numerusform>%n en attente d&apos;envoi (%1).</numerusform>
            <numerusform>%n en attente d&apos;envoi (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nearest deadline in %1.</source>
        <translation>Délai le plus proche dans %1.</translation>
    </message>
    <message>
        <source>A deadline has passed.</source>
        <translation>Un délai est dépassé.</translation>
    </message>
    <message>
        <source>Uploading every waiting payment now…</source>
        <translation>Envoi de tous les paiements en attente…</translation>
    </message>
    <message>
        <source>Select the payments to upload first.</source>
        <translation>Choisissez d&apos;abord les paiements à envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %n payment(s) now…</source>
        <translation>
            <numerusform>Envoi de %n paiement…</numerusform>
            <numerusform>Envoi de %n paiements…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one payment to void.</source>
        <translation>Choisissez un seul paiement à annuler.</translation>
    </message>
    <message>
        <source>Void this payment?</source>
        <translation>Annuler ce paiement?</translation>
    </message>
    <message>
        <source>Void %1 on %2 •••• %3? The customer will not be charged (or will be refunded). This cannot be undone.</source>
        <translation>Annuler %1 sur %2 •••• %3? Le client ne sera pas débité (ou sera remboursé). Cette action est définitive.</translation>
    </message>
    <message>
        <source>The payment was voided.</source>
        <translation>Le paiement a été annulé.</translation>
    </message>
    <message>
        <source>Void pending: the payment may have reached the gateway, which cancels or refunds it as soon as it answers. It shows as void pending until then.</source>
        <translation>Annulation en attente : le paiement a peut-être atteint la passerelle, qui l&apos;annule ou le rembourse dès qu&apos;elle répond. Il reste « annulation en attente » d&apos;ici là.</translation>
    </message>
    <message>
        <source>The bank had declined this payment: nothing was charged, nothing to void.</source>
        <translation>La banque avait refusé ce paiement : rien n&apos;a été débité, rien à annuler.</translation>
    </message>
    <message>
        <source>Unconfirmed (outcome never shown)</source>
        <translation>Non confirmés (résultat jamais affiché)</translation>
    </message>
    <message>
        <source>&amp;Keep unconfirmed</source>
        <translation>&amp;Garder le non confirmé</translation>
    </message>
    <message numerus="yes">
        <source>%n unconfirmed: nobody saw the outcome; a manager keeps or voids each.</source>
        <translation>
            <numerusform>%n non confirmé : personne n&apos;en a vu le résultat; un gérant le garde ou l&apos;annule.</numerusform>
            <numerusform>%n non confirmés : personne n&apos;en a vu le résultat; un gérant garde ou annule chacun.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n void(s) waiting for the gateway.</source>
        <translation>
            <numerusform>%n annulation attend la passerelle.</numerusform>
            <numerusform>%n annulations attendent la passerelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one unconfirmed payment to keep.</source>
        <translation>Sélectionnez un paiement non confirmé à garder.</translation>
    </message>
    <message>
        <source>The payment is kept.</source>
        <translation>Le paiement est gardé.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReceiptDialog</name>
    <message>
        <source>Receipt — sale %1</source>
        <translation>Reçu — vente %1</translation>
    </message>
    <message>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation>&amp;Imprimer… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Receipt roll</source>
        <translation>Rouleau de reçus</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Reçu %1</translation>
    </message>
    <message>
        <source>Receipt not saved</source>
        <translation>Reçu non enregistré</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Enregistrer le reçu en PDF</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>recu-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReminderBanner</name>
    <message>
        <source>Show payments (F9)</source>
        <translation>Voir les paiements (F9)</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Rappel de paiements</translation>
    </message>
    <message>
        <source>Sending payments</source>
        <translation>Envoi des paiements</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Reconnect soon</source>
        <translation>Reconnectez bientôt</translation>
    </message>
    <message>
        <source>Deadline passed</source>
        <translation>Délai dépassé</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReminderNotifier</name>
    <message>
        <source>Holdfast register</source>
        <translation>Caisse Holdfast</translation>
    </message>
    <message>
        <source>Holdfast: %1</source>
        <translation>Holdfast : %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::SalePage</name>
    <message>
        <source>Taxes are not set up yet, so nothing can be sold.</source>
        <translation>Les taxes ne sont pas encore configurées, donc rien ne peut être vendu.</translation>
    </message>
    <message>
        <source>The sale is empty: add items first.</source>
        <translation>La vente est vide : ajoutez d&apos;abord des articles.</translation>
    </message>
    <message>
        <source>Sale %1 paid. Last receipt: Ctrl+R.</source>
        <translation>Vente %1 payée. Dernier reçu : Ctrl+R.</translation>
    </message>
    <message>
        <source>Sale cancelled. The items are still here.</source>
        <translation>Vente annulée. Les articles sont toujours là.</translation>
    </message>
    <message>
        <source>New sale.</source>
        <translation>Nouvelle vente.</translation>
    </message>
    <message>
        <source>No sale has been paid yet on this screen.</source>
        <translation>Aucune vente n&apos;a encore été payée sur cet écran.</translation>
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
        <translation>&amp;Terminer le quart</translation>
    </message>
    <message>
        <source>End of shift</source>
        <translation>Fin du quart de travail</translation>
    </message>
    <message>
        <source>Not everything is settled:</source>
        <translation>Tout n&apos;est pas réglé :</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Only a manager can end the shift.</source>
        <translation>Seul un gérant peut terminer le quart de travail.</translation>
    </message>
    <message>
        <source>Paid sales</source>
        <translation>Ventes payées</translation>
    </message>
    <message>
        <source>Open sales</source>
        <translation>Ventes ouvertes</translation>
    </message>
    <message>
        <source>Cancelled sales</source>
        <translation>Ventes annulées</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Rabais</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Comptant</translation>
    </message>
    <message>
        <source>Cards, online</source>
        <translation>Cartes, en ligne</translation>
    </message>
    <message>
        <source>Cards, offline</source>
        <translation>Cartes, hors ligne</translation>
    </message>
    <message>
        <source>  of which still pending</source>
        <translation>  dont encore en attente</translation>
    </message>
    <message>
        <source>  of which declined after the sale</source>
        <translation>  dont refusées après la vente</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Monnaie rendue</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Arrondi au comptant</translation>
    </message>
    <message>
        <source>Expected cash in the drawer</source>
        <translation>Comptant attendu dans le tiroir</translation>
    </message>
    <message>
        <source>Offline payments waiting to upload</source>
        <translation>Paiements hors ligne en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Nearest upload deadline</source>
        <translation>Délai d&apos;envoi le plus proche</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>End the shift anyway?</source>
        <translation>Terminer le quart quand même?</translation>
    </message>
    <message>
        <source>Some payments or sales are not settled (see the warning). They stay on this register and keep uploading. End the shift anyway?</source>
        <translation>Des paiements ou des ventes ne sont pas réglés (voir l&apos;avertissement). Ils restent sur cette caisse et continuent d&apos;être envoyés. Terminer le quart quand même?</translation>
    </message>
    <message>
        <source>The shift is still open</source>
        <translation>Le quart de travail est toujours ouvert</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::SignInPage</name>
    <message>
        <source>Who is at the register?</source>
        <translation>Qui est à la caisse?</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Pick your name (arrow keys), then type your PIN.</source>
        <translation>Choisissez votre nom (flèches), puis tapez votre NIP.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <source>The register locked while %1 was away. Type a PIN to continue.</source>
        <translation>La caisse s&apos;est verrouillée pendant l&apos;absence de %1. Tapez un NIP pour continuer.</translation>
    </message>
    <message>
        <source>Pick your name</source>
        <translation>Choisissez votre nom</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>NIP de %1</translation>
    </message>
    <message>
        <source>Pick your name first.</source>
        <translation>Choisissez d&apos;abord votre nom.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Tapez votre NIP.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;PIN (4–8 digits):</source>
        <translation>&amp;NIP (4 à 8 chiffres) :</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>NIP de &amp;nouveau :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Set a new PIN for the selected person</source>
        <translation>Donner un nouveau NIP à la personne choisie</translation>
    </message>
    <message>
        <source>Add someone, or set a new PIN</source>
        <translation>Ajouter quelqu&apos;un ou donner un nouveau NIP</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>Les deux NIP diffèrent. Tapez le NIP de nouveau.</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 peut maintenant se connecter.</translation>
    </message>
    <message>
        <source>Select the person first.</source>
        <translation>Choisissez d&apos;abord la personne.</translation>
    </message>
    <message>
        <source>The new PIN works from now on.</source>
        <translation>Le nouveau NIP fonctionne dès maintenant.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::TenderDialog</name>
    <message>
        <source>Card on terminal (F5)</source>
        <translation>Carte au terminal (F5)</translation>
    </message>
    <message>
        <source>Key in card (F6)</source>
        <translation>Taper la carte (F6)</translation>
    </message>
    <message>
        <source>Cash (F7)</source>
        <translation>Comptant (F7)</translation>
    </message>
    <message>
        <source>Receipt (Ctrl+P)</source>
        <translation>Reçu (Ctrl+P)</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>Annuler la vente</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>Terminé (Entrée)</translation>
    </message>
    <message>
        <source>Payment — sale %1</source>
        <translation>Paiement — vente %1</translation>
    </message>
    <message>
        <source>Amount to pay now</source>
        <translation>Montant à payer maintenant</translation>
    </message>
    <message>
        <source>Amount to pay now:</source>
        <translation>Montant à payer maintenant :</translation>
    </message>
    <message>
        <source>Lower it to split the payment between cards or cash.</source>
        <translation>Baissez-le pour partager le paiement entre cartes ou comptant.</translation>
    </message>
    <message>
        <source>How does the customer pay?</source>
        <translation>Comment le client paie-t-il?</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Comptant reçu</translation>
    </message>
    <message>
        <source>Take cash (Enter)</source>
        <translation>Prendre le comptant (Entrée)</translation>
    </message>
    <message>
        <source>Cash received:</source>
        <translation>Comptant reçu :</translation>
    </message>
    <message>
        <source>Cancel card (Esc)</source>
        <translation>Annuler la carte (Échap)</translation>
    </message>
    <message>
        <source>name@example.com or 514 555 0199</source>
        <translation>nom@exemple.com ou 514 555-0199</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <source>Optional: the customer&apos;s e-mail or phone, in case the bank declines this payment later.</source>
        <translation>Facultatif : le courriel ou le téléphone du client, au cas où la banque refuserait ce paiement plus tard.</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Payé en entier</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>À payer %1</translation>
    </message>
    <message>
        <source>Total %1 · paid %2</source>
        <translation>Total %1 · payé %2</translation>
    </message>
    <message>
        <source>Card payments: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Paiements par carte : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>every card is approved offline and sent later.</source>
        <translation>chaque carte est approuvée hors ligne et envoyée plus tard.</translation>
    </message>
    <message>
        <source>the gateway is offline, so cards are approved offline within the limits.</source>
        <translation>la passerelle est hors ligne, donc les cartes sont approuvées hors ligne dans les limites permises.</translation>
    </message>
    <message>
        <source>the gateway is offline, so card payments cannot go through. Take cash, or ask a manager to allow offline payments.</source>
        <translation>la passerelle est hors ligne, donc les paiements par carte ne peuvent pas passer. Prenez du comptant ou demandez à un gérant de permettre les paiements hors ligne.</translation>
    </message>
    <message>
        <source>Change due: %1</source>
        <translation>Monnaie à rendre : %1</translation>
    </message>
    <message>
        <source>Cash taken. The sale is paid.</source>
        <translation>Comptant reçu. La vente est payée.</translation>
    </message>
    <message>
        <source>Cash taken. %1 is still due.</source>
        <translation>Comptant reçu. Il reste %1 à payer.</translation>
    </message>
    <message>
        <source>Sealing the card and charging %1…</source>
        <translation>Scellement de la carte et débit de %1…</translation>
    </message>
    <message>
        <source>Ask the customer to tap, insert or swipe their card on the terminal for %1.</source>
        <translation>Demandez au client de présenter, d&apos;insérer ou de glisser sa carte sur le terminal pour %1.</translation>
    </message>
    <message>
        <source>%1 ending %2: %3</source>
        <translation>%1 se terminant par %2 : %3</translation>
    </message>
    <message>
        <source>Cancelling on the terminal…</source>
        <translation>Annulation sur le terminal…</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contact enregistré.</translation>
    </message>
    <message>
        <source>Cancel this sale?</source>
        <translation>Annuler cette vente?</translation>
    </message>
    <message>
        <source>%1 was already paid on this sale. Cancel it anyway? Give back any cash taken.</source>
        <translation>%1 a déjà été payé sur cette vente. L&apos;annuler quand même? Remettez le comptant reçu.</translation>
    </message>
    <message>
        <source>cancelled at the register</source>
        <translation>annulée à la caisse</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::UnconfirmedDialog</name>
    <message>
        <source>no sale</source>
        <translation>aucune vente</translation>
    </message>
    <message>
        <source>sale %1</source>
        <translation>vente %1</translation>
    </message>
    <message>
        <source>%1 — %2 •••• %3, %4 — %5</source>
        <translation>%1 — %2 •••• %3, %4 — %5</translation>
    </message>
    <message>
        <source>&amp;Keep: the customer paid with it</source>
        <translation>&amp;Garder : le client a payé avec</translation>
    </message>
    <message>
        <source>&amp;Void: do not charge (refund)</source>
        <translation>&amp;Annuler : ne pas débiter (rembourser)</translation>
    </message>
    <message>
        <source>Card payments from before the restart</source>
        <translation>Paiements par carte d&apos;avant le redémarrage</translation>
    </message>
    <message>
        <source>These card payments were taken just before the register stopped. They are now on their sales: do not charge these customers again.</source>
        <translation>Ces paiements par carte ont été pris juste avant l&apos;arrêt de la caisse. Ils sont maintenant sur leurs ventes : ne débitez pas ces clients de nouveau.</translation>
    </message>
    <message>
        <source>No other card payment waits for a decision.</source>
        <translation>Aucun autre paiement par carte n&apos;attend de décision.</translation>
    </message>
    <message>
        <source>Nobody saw the outcome of these card payments, and they belong to no open sale here. A manager keeps each one the customer really paid with, and voids the others.</source>
        <translation>Personne n&apos;a vu le résultat de ces paiements par carte, et ils n&apos;appartiennent à aucune vente ouverte ici. Un gérant garde chacun de ceux avec lesquels le client a vraiment payé et annule les autres.</translation>
    </message>
    <message>
        <source>Ask a manager to sign in and decide.</source>
        <translation>Demandez à un gérant de se connecter et de décider.</translation>
    </message>
    <message>
        <source>Select a payment first.</source>
        <translation>Sélectionnez d&apos;abord un paiement.</translation>
    </message>
    <message>
        <source>Kept.</source>
        <translation>Gardé.</translation>
    </message>
    <message>
        <source>Void this payment?</source>
        <translation>Annuler ce paiement?</translation>
    </message>
    <message>
        <source>The customer will not be charged, or will be refunded. This cannot be undone.</source>
        <translation>Le client ne sera pas débité, ou sera remboursé. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Void pending: the gateway confirms it when it answers.</source>
        <translation>Annulation en attente : la passerelle la confirmera quand elle répondra.</translation>
    </message>
    <message>
        <source>Voided.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>holdfastctl</name>
    <message>
        <source>Pair this register with a gateway location using a one-time device code.</source>
        <translation>Jumeler cette caisse à un emplacement de passerelle avec un code d&apos;appareil à usage unique.</translation>
    </message>
    <message>
        <source>Queue counts and totals, nearest deadline, reminder level, reachability.</source>
        <translation>Nombres et totaux de la file, délai le plus proche, niveau de rappel, accessibilité.</translation>
    </message>
    <message>
        <source>Write queued (sealed) payments to a rescue file, safe to carry.</source>
        <translation>Écrire les paiements en file (scellés) dans un fichier de secours, sûr à transporter.</translation>
    </message>
    <message>
        <source>Queue the payments of a rescue file on this register.</source>
        <translation>Mettre en file sur cette caisse les paiements d&apos;un fichier de secours.</translation>
    </message>
    <message>
        <source>Usage: holdfastctl [--data DIR] [--json] COMMAND [OPTIONS]

The Holdfast register without a screen.

Commands:
</source>
        <translation>Utilisation : holdfastctl [--data DOSSIER] [--json] COMMANDE [OPTIONS]

La caisse Holdfast sans écran.

Commandes :
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
Options générales :
  --data DOSSIER  le dossier de données de la caisse (par défaut : %1)
  --json          sortie lisible par une machine
  --help          ce texte; COMMANDE --help montre les options d&apos;une commande
  --version       la version

Codes de sortie : 0 réussite, 1 échec, 2 erreur d&apos;utilisation, 3 refusé, 4 refusé par la politique, 5 résultat en attente.
Les secrets (jetons de passerelle, secrets des terminaux) sont gardés dans le trousseau du système (Secret Service).
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Sortie lisible par une machine.</translation>
    </message>
    <message>
        <source>holdfastctl: unknown command &apos;%1&apos;.</source>
        <translation>holdfastctl : commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Cannot read the card from standard input.</source>
        <translation>Impossible de lire la carte sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Type the card as &quot;PAN MM/YY&quot; on standard input.</source>
        <translation>Tapez la carte sous la forme « PAN MM/AA » sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Register %1 (%2) of location %3 at %4</source>
        <translation>Caisse %1 (%2) de l&apos;emplacement %3 à %4</translation>
    </message>
    <message>
        <source>Gateway: %1</source>
        <translation>Passerelle : %1</translation>
    </message>
    <message>
        <source>Default mode: %1</source>
        <translation>Mode par défaut : %1</translation>
    </message>
    <message>
        <source>Nearest upload deadline: %1</source>
        <translation>Délai d&apos;envoi le plus proche : %1</translation>
    </message>
    <message>
        <source>Reminder (%1): %2</source>
        <translation>Rappel (%1) : %2</translation>
    </message>
    <message>
        <source>The amount, like 12.34, tip included.</source>
        <translation>Le montant, comme 12.34, pourboire compris.</translation>
    </message>
    <message>
        <source>online, offline or auto (default: the register&apos;s mode).</source>
        <translation>online, offline ou auto (par défaut : le mode de la caisse).</translation>
    </message>
    <message>
        <source>Read &quot;PAN MM/YY&quot; from standard input instead of the terminal.</source>
        <translation>Lire « PAN MM/AA » sur l&apos;entrée standard au lieu du terminal.</translation>
    </message>
    <message>
        <source>The part of AMOUNT that is a tip.</source>
        <translation>La part du MONTANT qui est un pourboire.</translation>
    </message>
    <message>
        <source>Who takes the payment.</source>
        <translation>Qui prend le paiement.</translation>
    </message>
    <message>
        <source>Take a card payment.</source>
        <translation>Prendre un paiement par carte.</translation>
    </message>
    <message>
        <source>holdfastctl charge: give exactly one AMOUNT.</source>
        <translation>holdfastctl charge : donnez exactement un MONTANT.</translation>
    </message>
    <message>
        <source>holdfastctl charge: --mode is online, offline or auto.</source>
        <translation>holdfastctl charge : --mode vaut online, offline ou auto.</translation>
    </message>
    <message>
        <source>No payment terminal is paired with this register. Pair one with holdfastctl terminal pair, or use --keyed.</source>
        <translation>Aucun terminal de paiement n&apos;est jumelé à cette caisse. Jumelez-en un avec holdfastctl terminal pair, ou utilisez --keyed.</translation>
    </message>
    <message>
        <source>The amount must be more than zero and cover the tip.</source>
        <translation>Le montant doit être supérieur à zéro et couvrir le pourboire.</translation>
    </message>
    <message>
        <source>Only payments in this status (QUEUED, UPLOADED, …).</source>
        <translation>Seulement les paiements dans cet état (QUEUED, UPLOADED, …).</translation>
    </message>
    <message>
        <source>At most N payments (default 100).</source>
        <translation>Au plus N paiements (100 par défaut).</translation>
    </message>
    <message>
        <source>holdfastctl queue: --limit is a positive number.</source>
        <translation>holdfastctl queue : --limit est un nombre positif.</translation>
    </message>
    <message>
        <source>  (past its deadline)</source>
        <translation>  (délai dépassé)</translation>
    </message>
    <message>
        <source>The payment&apos;s local reference.</source>
        <translation>La référence locale du paiement.</translation>
    </message>
    <message>
        <source>Payment %1 is now %2.</source>
        <translation>Le paiement %1 est maintenant %2.</translation>
    </message>
    <message>
        <source>The gateway&apos;s address, e.g. https://pay.example.com.</source>
        <translation>L&apos;adresse de la passerelle, p. ex. https://pay.example.com.</translation>
    </message>
    <message>
        <source>The one-time device code from the back office.</source>
        <translation>Le code d&apos;appareil à usage unique fourni par le bureau.</translation>
    </message>
    <message>
        <source>What to call this register (default: Register).</source>
        <translation>Le nom de cette caisse (par défaut : Register).</translation>
    </message>
    <message>
        <source>Pair this register with a gateway location.</source>
        <translation>Jumeler cette caisse à un emplacement de passerelle.</translation>
    </message>
    <message>
        <source>holdfastctl pair: --gateway and --code are required.</source>
        <translation>holdfastctl pair : --gateway et --code sont obligatoires.</translation>
    </message>
    <message>
        <source>Paired as register %1 of location %2 at %3.</source>
        <translation>Jumelée comme caisse %1 de l&apos;emplacement %2 à %3.</translation>
    </message>
    <message>
        <source>Gateway signing key (pinned): %1</source>
        <translation>Clé de signature de la passerelle (épinglée) : %1</translation>
    </message>
    <message>
        <source>Warning: %1 It will be fetched again when the gateway is reachable.</source>
        <translation>Avertissement : %1 Elle sera obtenue de nouveau quand la passerelle sera joignable.</translation>
    </message>
    <message>
        <source>Keep running: upload whenever the gateway is reachable.</source>
        <translation>Continuer : envoyer chaque fois que la passerelle est joignable.</translation>
    </message>
    <message>
        <source>Upload queued payments now and collect their outcomes.</source>
        <translation>Envoyer maintenant les paiements en file et recueillir leurs résultats.</translation>
    </message>
    <message>
        <source>Another Holdfast program (pid %1) is uploading this register&apos;s payments.</source>
        <translation>Un autre programme Holdfast (pid %1) envoie les paiements de cette caisse.</translation>
    </message>
    <message>
        <source>Uploaded %1, approved %2, declined %3, refused %4; %5 still outstanding.</source>
        <translation>Envoyés %1, approuvés %2, refusés %3, rejetés %4; %5 encore en attente.</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Dernier problème : %1</translation>
    </message>
    <message>
        <source>Where to write the rescue file.</source>
        <translation>Où écrire le fichier de secours.</translation>
    </message>
    <message>
        <source>holdfastctl export: give exactly one FILE.</source>
        <translation>holdfastctl export : donnez exactement un FICHIER.</translation>
    </message>
    <message>
        <source>Wrote %1 queued payment(s) to %2.</source>
        <translation>%1 paiement(s) en file écrit(s) dans %2.</translation>
    </message>
    <message>
        <source>The rescue file to import.</source>
        <translation>Le fichier de secours à importer.</translation>
    </message>
    <message>
        <source>holdfastctl import: give exactly one FILE.</source>
        <translation>holdfastctl import : donnez exactement un FICHIER.</translation>
    </message>
    <message>
        <source>Imported %1 payment(s); %2 were already here.</source>
        <translation>%1 paiement(s) importé(s); %2 étaient déjà ici.</translation>
    </message>
    <message>
        <source>Pair with the LAN payment terminal showing CODE (its certificate is pinned), show it, or forget it before pairing a replacement.</source>
        <translation>Jumeler le terminal de paiement du réseau local qui affiche CODE (son certificat est épinglé), l’afficher, ou l’oublier avant de jumeler son remplaçant.</translation>
    </message>
    <message>
        <source>Show or set the register&apos;s default processing mode (the offline toggle).</source>
        <translation>Afficher ou régler le mode de traitement par défaut de la caisse (le sélecteur hors ligne).</translation>
    </message>
    <message>
        <source>Add staff who sign in at the register (the first must be a manager; the PIN is read from standard input), or list them.</source>
        <translation>Ajouter le personnel qui se connecte à la caisse (le premier doit être un gérant; le NIP est lu sur l’entrée standard), ou le lister.</translation>
    </message>
    <message>
        <source>Present the card on the terminal…</source>
        <translation>Présentez la carte sur le terminal…</translation>
    </message>
    <message>
        <source>Also payments taken under an earlier pairing to another location (they still upload).</source>
        <translation>Aussi les paiements pris sous un jumelage antérieur à un autre emplacement (ils sont quand même téléversés).</translation>
    </message>
    <message>
        <source>List payments of this location (or of all), newest first.</source>
        <translation>Lister les paiements de cet emplacement (ou de tous), les plus récents d’abord.</translation>
    </message>
    <message>
        <source>Could not renew the keys and settings: %1</source>
        <translation>Impossible de renouveler les clés et les paramètres : %1</translation>
    </message>
    <message>
        <source>Give the PIN on standard input.</source>
        <translation>Donnez le NIP sur l’entrée standard.</translation>
    </message>
    <message>
        <source>The name shown on the sign-in screen.</source>
        <translation>Le nom affiché à l’écran de connexion.</translation>
    </message>
    <message>
        <source>cashier or manager (default: cashier).</source>
        <translation>cashier (caissier) ou manager (gérant) (par défaut : cashier).</translation>
    </message>
    <message>
        <source>Add a staff member; the PIN (4 to 8 digits) is read from standard input.</source>
        <translation>Ajouter un membre du personnel; le NIP (4 à 8 chiffres) est lu sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Usage: holdfastctl staff add NAME [--role cashier|manager] &lt; PIN</source>
        <translation>Utilisation : holdfastctl staff add NOM [--role cashier|manager] &lt; NIP</translation>
    </message>
    <message>
        <source>The first staff member must be a manager.</source>
        <translation>Le premier membre du personnel doit être un gérant.</translation>
    </message>
    <message>
        <source>There is no active manager to add staff with.</source>
        <translation>Aucun gérant actif ne permet d’ajouter du personnel.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 ajouté (%2).</translation>
    </message>
    <message>
        <source>List the staff members.</source>
        <translation>Lister les membres du personnel.</translation>
    </message>
    <message>
        <source>Usage: holdfastctl staff add NAME [--role cashier|manager] &lt; PIN | staff list</source>
        <translation>Utilisation : holdfastctl staff add NOM [--role cashier|manager] &lt; NIP | staff list</translation>
    </message>
    <message>
        <source>online, offline or auto; without it, show the mode.</source>
        <translation>online, offline ou auto; sans valeur, affiche le mode.</translation>
    </message>
    <message>
        <source>Show or set the register&apos;s default processing mode (the manager&apos;s offline toggle).</source>
        <translation>Afficher ou régler le mode de traitement par défaut de la caisse (le sélecteur hors ligne du gérant).</translation>
    </message>
    <message>
        <source>holdfastctl mode: MODE is online, offline or auto.</source>
        <translation>holdfastctl mode : MODE vaut online, offline ou auto.</translation>
    </message>
    <message>
        <source>The terminal&apos;s address, e.g. https://192.168.1.40:8443.</source>
        <translation>L’adresse du terminal, p. ex. https://192.168.1.40:8443.</translation>
    </message>
    <message>
        <source>The pairing code the terminal shows.</source>
        <translation>Le code de jumelage affiché par le terminal.</translation>
    </message>
    <message>
        <source>Pair with a LAN payment terminal.</source>
        <translation>Jumeler un terminal de paiement du réseau local.</translation>
    </message>
    <message>
        <source>holdfastctl terminal pair: --url and --code are required.</source>
        <translation>holdfastctl terminal pair : --url et --code sont requis.</translation>
    </message>
    <message>
        <source>Paired with terminal %1 (%2) at %3.</source>
        <translation>Jumelé au terminal %1 (%2) à %3.</translation>
    </message>
    <message>
        <source>Certificate (pinned): %1</source>
        <translation>Certificat (épinglé) : %1</translation>
    </message>
    <message>
        <source>Show the paired terminal and its state.</source>
        <translation>Afficher le terminal jumelé et son état.</translation>
    </message>
    <message>
        <source>No payment terminal is paired with this register.</source>
        <translation>Aucun terminal de paiement n’est jumelé à cette caisse.</translation>
    </message>
    <message>
        <source>Terminal %1 (%2) at %3: %4</source>
        <translation>Terminal %1 (%2) à %3 : %4</translation>
    </message>
    <message>
        <source>Forget the paired terminal (before pairing its replacement).</source>
        <translation>Oublier le terminal jumelé (avant de jumeler son remplaçant).</translation>
    </message>
    <message>
        <source>The terminal was forgotten.</source>
        <translation>Le terminal a été oublié.</translation>
    </message>
    <message>
        <source>Usage: holdfastctl terminal pair --url URL --code CODE | terminal status | terminal forget</source>
        <translation>Utilisation : holdfastctl terminal pair --url URL --code CODE | terminal status | terminal forget</translation>
    </message>
    <message>
        <source>Another Holdfast program is starting to upload this register&apos;s payments.</source>
        <translation>Un autre programme Holdfast commence à téléverser les paiements de cette caisse.</translation>
    </message>
    <message>
        <source>Take a card payment on the paired terminal. Exit 0 approved (online or offline), 3 declined, 4 refused by policy or by the card reader, 5 outcome pending. --keyed reads &quot;PAN MM/YY&quot; from standard input instead (never from arguments). A second charge with the same --reference returns the first payment&apos;s outcome and exit code instead of charging.</source>
        <translation>Prendre un paiement par carte sur le terminal jumelé. Sortie 0 approuvé (en ligne ou hors ligne), 3 refusé, 4 refusé par la politique ou par le lecteur de carte, 5 résultat en attente. --keyed lit « NUMÉRO MM/AA » sur l&apos;entrée standard à la place (jamais dans les arguments). Un deuxième débit avec la même --reference renvoie le résultat et le code de sortie du premier paiement au lieu de débiter.</translation>
    </message>
    <message>
        <source>List payments of this location (with --all-locations also those taken under an earlier pairing), newest first; --unconfirmed only those whose outcome was never shown.</source>
        <translation>Lister les paiements de cet emplacement (avec --all-locations, aussi ceux pris sous un jumelage antérieur), les plus récents d&apos;abord; --unconfirmed seulement ceux dont le résultat n&apos;a jamais été affiché.</translation>
    </message>
    <message>
        <source>Deliver waiting voids, upload queued payments (also those waiting for a retry) and collect outcomes now; --watch keeps doing so (a background service).</source>
        <translation>Envoyer les annulations en attente, téléverser les paiements en file (aussi ceux qui attendent une nouvelle tentative) et recueillir les résultats maintenant; --watch continue de le faire (un service d&apos;arrière-plan).</translation>
    </message>
    <message>
        <source>Cancel a payment; one the gateway already processed is refunded. One that may have reached the gateway stays &quot;void pending&quot; (exit 5) until the gateway confirms.</source>
        <translation>Annuler un paiement; celui que la passerelle a déjà traité est remboursé. Celui qui a peut-être atteint la passerelle reste « annulation en attente » (sortie 5) jusqu&apos;à ce que la passerelle confirme.</translation>
    </message>
    <message>
        <source>Keep an unconfirmed payment (its outcome was never shown) once a manager checked its sale.</source>
        <translation>Garder un paiement non confirmé (son résultat n&apos;a jamais été affiché) une fois qu&apos;un gérant a vérifié sa vente.</translation>
    </message>
    <message>
        <source>Warning: could not record that the outcome was shown: %1</source>
        <translation>Avertissement : impossible d&apos;enregistrer que le résultat a été affiché : %1</translation>
    </message>
    <message>
        <source>Voids waiting for the gateway to confirm: %1</source>
        <translation>Annulations en attente de confirmation par la passerelle : %1</translation>
    </message>
    <message>
        <source>Unconfirmed payments (outcome never shown; a manager keeps or voids them, see holdfastctl queue --unconfirmed): %1</source>
        <translation>Paiements non confirmés (résultat jamais affiché; un gérant les garde ou les annule, voir holdfastctl queue --unconfirmed) : %1</translation>
    </message>
    <message>
        <source>The sale this pays for. A second charge for the same sale returns the first payment&apos;s outcome (and exit code) instead of charging again.</source>
        <translation>La vente que ce paiement règle. Un deuxième débit pour la même vente renvoie le résultat (et le code de sortie) du premier paiement au lieu de débiter de nouveau.</translation>
    </message>
    <message>
        <source>Sale %1 already has a payment; this is its outcome (nothing new was charged).</source>
        <translation>La vente %1 a déjà un paiement; voici son résultat (rien de nouveau n&apos;a été débité).</translation>
    </message>
    <message>
        <source>Only payments whose outcome was never shown (confirm or void each).</source>
        <translation>Seulement les paiements dont le résultat n&apos;a jamais été affiché (confirmez ou annulez chacun).</translation>
    </message>
    <message>
        <source>  (void pending)</source>
        <translation>  (annulation en attente)</translation>
    </message>
    <message>
        <source>  (unconfirmed: confirm or void it)</source>
        <translation>  (non confirmé : confirmez-le ou annulez-le)</translation>
    </message>
    <message>
        <source>sale %1</source>
        <translation>vente %1</translation>
    </message>
    <message>
        <source>Voids confirmed by the gateway %1; still pending %2.</source>
        <translation>Annulations confirmées par la passerelle : %1; encore en attente : %2.</translation>
    </message>
    <message>
        <source>holdfastctl %1: give exactly one LOCALID.</source>
        <translation>holdfastctl %1 : donnez exactement un LOCALID.</translation>
    </message>
    <message>
        <source>Cancel a payment. One that may have reached the gateway is voided (or refunded) there; until the gateway confirms, it is &quot;void pending&quot; and this exits 5.</source>
        <translation>Annuler un paiement. Celui qui a peut-être atteint la passerelle y est annulé (ou remboursé); tant que la passerelle n&apos;a pas confirmé, il est « annulation en attente » et la sortie est 5.</translation>
    </message>
    <message>
        <source>Payment %1: void pending. It may have reached the gateway, so the gateway must cancel or refund it; that is sent as soon as the gateway answers (holdfastctl sync).</source>
        <translation>Paiement %1 : annulation en attente. Il a peut-être atteint la passerelle, qui doit donc l&apos;annuler ou le rembourser; c&apos;est envoyé dès que la passerelle répond (holdfastctl sync).</translation>
    </message>
    <message>
        <source>Payment %1 was declined: nothing was charged, so there is nothing to void.</source>
        <translation>Le paiement %1 a été refusé : rien n&apos;a été débité, il n&apos;y a donc rien à annuler.</translation>
    </message>
    <message>
        <source>Keep an unconfirmed payment: its outcome was never shown (the program stopped), and a manager checked that the sale was paid by it.</source>
        <translation>Garder un paiement non confirmé : son résultat n&apos;a jamais été affiché (le programme s&apos;est arrêté), et un gérant a vérifié que la vente a été payée avec.</translation>
    </message>
    <message>
        <source>Payment %1 (%2) is kept and confirmed.</source>
        <translation>Le paiement %1 (%2) est gardé et confirmé.</translation>
    </message>
    <message>
        <source>Payment %1 (%2) was already confirmed.</source>
        <translation>Le paiement %1 (%2) était déjà confirmé.</translation>
    </message>
</context>
<context>
    <name>hpke</name>
    <message>
        <source>The sealed data cannot be opened: it was altered or sealed for another key.</source>
        <translation>Les données scellées ne peuvent pas être ouvertes : elles ont été modifiées ou scellées pour une autre clé.</translation>
    </message>
    <message>
        <source>Too many messages were sealed with one context.</source>
        <translation>Trop de messages ont été scellés avec un même contexte.</translation>
    </message>
    <message>
        <source>The requested secret length is not possible.</source>
        <translation>La longueur de secret demandée est impossible.</translation>
    </message>
</context>
<context>
    <name>jws</name>
    <message>
        <source>The signed document is malformed.</source>
        <translation>Le document signé est mal formé.</translation>
    </message>
    <message>
        <source>The document is not signed with EdDSA as Holdfast requires.</source>
        <translation>Le document n&apos;est pas signé avec EdDSA comme l&apos;exige Holdfast.</translation>
    </message>
    <message>
        <source>The signature does not match the trusted signing key.</source>
        <translation>La signature ne correspond pas à la clé de signature de confiance.</translation>
    </message>
</context>
<context>
    <name>lifecycle</name>
    <message>
        <source>A payment that is %1 cannot become %2.</source>
        <translation>Un paiement %1 ne peut pas devenir %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Holdfast register: sales, card payments that survive an internet outage.</source>
        <translation>Caisse Holdfast : ventes et paiements par carte qui survivent à une panne d&apos;Internet.</translation>
    </message>
    <message>
        <source>Keep the register&apos;s data in DIR.</source>
        <translation>Garder les données de la caisse dans DIR.</translation>
    </message>
    <message>
        <source>Show a &quot;Simulate internet outage&quot; switch driving the fault proxy&apos;s control channel at URL (POST /cut, /restore).</source>
        <translation>Afficher un interrupteur « Simuler une panne d&apos;Internet » qui pilote le canal de commande du proxy de pannes à URL (POST /cut, /restore).</translation>
    </message>
    <message>
        <source>Use LANG (en, fr_CA, es) instead of the saved setting.</source>
        <translation>Utiliser LANG (en, fr_CA, es) au lieu du réglage enregistré.</translation>
    </message>
    <message>
        <source>--demo-outage-control needs an http://HOST:PORT address.</source>
        <translation>--demo-outage-control exige une adresse http://HÔTE:PORT.</translation>
    </message>
    <message>
        <source>cannot create the data folder %1</source>
        <translation>impossible de créer le dossier de données %1</translation>
    </message>
</context>
<context>
    <name>pairing</name>
    <message>
        <source>A device code looks like K7QF-2M9X: letters and digits in groups separated by dashes.</source>
        <translation>Un code d&apos;appareil ressemble à K7QF-2M9X : des lettres et des chiffres en groupes séparés par des tirets.</translation>
    </message>
    <message>
        <source>The gateway sent the settings of another location.</source>
        <translation>La passerelle a envoyé les paramètres d&apos;un autre emplacement.</translation>
    </message>
    <message>
        <source>The gateway address must start with https://.</source>
        <translation>L&apos;adresse de la passerelle doit commencer par https://.</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) being sent to the gateway.</source>
        <translation>
            <numerusform>%n paiement en cours d&apos;envoi à la passerelle.</numerusform>
            <numerusform>%n paiements en cours d&apos;envoi à la passerelle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n payment(s) (%1) waiting to upload. %2 left to reconnect.</source>
        <translation>
            <numerusform>Hors ligne : %n paiement (%1) en attente d&apos;envoi. %2 pour rétablir la connexion.</numerusform>
            <numerusform>Hors ligne : %n paiements (%1) en attente d&apos;envoi. %2 pour rétablir la connexion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnect soon: %n payment(s) (%1) must upload within %2.</source>
        <translation>
            <numerusform>Reconnectez bientôt : %n paiement (%1) doit être envoyé d&apos;ici %2.</numerusform>
            <numerusform>Reconnectez bientôt : %n paiements (%1) doivent être envoyés d&apos;ici %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload deadline passed: %n payment(s) (%1) may be declined. Reconnect now and call the office.</source>
        <translation>
            <numerusform>Délai d&apos;envoi dépassé : %n paiement (%1) risque d&apos;être refusé. Reconnectez maintenant et appelez le bureau.</numerusform>
            <numerusform>Délai d&apos;envoi dépassé : %n paiements (%1) risquent d&apos;être refusés. Reconnectez maintenant et appelez le bureau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The gateway no longer accepts this register&apos;s pairing: %n payment(s) (%1) cannot be sent. A manager must pair the register again.</source>
        <translation>
            <numerusform>La passerelle n&apos;accepte plus le jumelage de cette caisse : %n paiement (%1) ne peut pas être envoyé. Un gérant doit jumeler la caisse de nouveau.</numerusform>
            <numerusform>La passerelle n&apos;accepte plus le jumelage de cette caisse : %n paiements (%1) ne peuvent pas être envoyés. Un gérant doit jumeler la caisse de nouveau.</numerusform>
        </translation>
    </message>
</context>
</TS>
