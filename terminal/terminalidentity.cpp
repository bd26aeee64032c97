#include "terminalidentity.h"

#include "datafiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIdentity, "holdfast.terminal.identity")

namespace holdfast::simulator {

namespace {

struct OpenSslFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
    void operator()(EVP_PKEY_CTX *ctx) const { EVP_PKEY_CTX_free(ctx); }
    void operator()(X509 *cert) const { X509_free(cert); }
    void operator()(X509_EXTENSION *ext) const { X509_EXTENSION_free(ext); }
    void operator()(BIO *bio) const { BIO_free(bio); }
    void operator()(BIGNUM *bn) const { BN_free(bn); }
};
template<typename T>
using Owned = std::unique_ptr<T, OpenSslFree>;

constexpr long certificateLifetimeSeconds = 20L * 365 * 24 * 3600;

Error opensslFailure(const char *what)
{
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        qCWarning(lcIdentity, "%s: %s", what, text);
    }
    return {u"identity_failure"_s, TerminalIdentity::tr("The terminal could not make its TLS certificate.")};
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

Result<Owned<EVP_PKEY>> generateP256()
{
    Owned<EVP_PKEY_CTX> ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY *key = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_group_name(ctx.get(), "P-256") != 1
        || EVP_PKEY_generate(ctx.get(), &key) != 1) {
        return opensslFailure("EC P-256 key generation");
    }
    return Owned<EVP_PKEY>(key);
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    Owned<X509_EXTENSION> extension(X509V3_EXT_nconf_nid(nullptr, &ctx, nid, value));
    return extension && X509_add_ext(cert, extension.get(), -1) == 1;
}

/// A self-signed server certificate for `key`, valid for 20 years: registers pin it, so
/// neither its name nor its expiry is what makes it trusted.
Result<Owned<X509>> selfSign(EVP_PKEY *key, const QString &terminalId)
{
    Owned<X509> cert(X509_new());
    Owned<BIGNUM> serial(BN_new());
    const QByteArray commonName = u"Holdfast Terminal %1"_s.arg(terminalId).toUtf8();
    X509_NAME *name = cert ? X509_get_subject_name(cert.get()) : nullptr;
    if (!cert || !serial || X509_set_version(cert.get(), X509_VERSION_3) != 1
        || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()))
        || !X509_gmtime_adj(X509_getm_notBefore(cert.get()), -24L * 3600)
        || !X509_gmtime_adj(X509_getm_notAfter(cert.get()), certificateLifetimeSeconds)
        || X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(commonName.constData()),
                                      int(commonName.size()), -1, 0)
            != 1
        || X509_set_issuer_name(cert.get(), name) != 1 || X509_set_pubkey(cert.get(), key) != 1
        || !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        || X509_sign(cert.get(), key, EVP_sha256()) <= 0) {
        return opensslFailure("self-signed certificate");
    }
    return cert;
}

Status createIdentity(const QDir &dir)
{
    const QString terminalId = u"term-%1"_s.arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0'));
    auto key = generateP256();
    if (!key) {
        return key.error();
    }
    auto cert = selfSign(key.value().get(), terminalId);
    if (!cert) {
        return cert.error();
    }
    Owned<BIO> keyBio(BIO_new(BIO_s_secmem()));
    Owned<BIO> certBio(BIO_new(BIO_s_mem()));
    if (!keyBio || !certBio
        || PEM_write_bio_PrivateKey(keyBio.get(), key.value().get(), nullptr, nullptr, 0, nullptr, nullptr) != 1
        || PEM_write_bio_X509(certBio.get(), cert.value().get()) != 1) {
        return opensslFailure("PEM encoding");
    }
    QByteArray keyPem = bioContents(keyBio.get());
    // The identity file goes last: it is what marks the identity complete.
    Status written = writeFileAtomically(dir.filePath(TerminalIdentity::keyFileName()), keyPem, FileMode::Private);
    OPENSSL_cleanse(keyPem.data(), size_t(keyPem.size()));
    if (written.ok()) {
        written = writeFileAtomically(dir.filePath(TerminalIdentity::certificateFileName()), bioContents(certBio.get()),
                                      FileMode::Public);
    }
    if (written.ok()) {
        written = writeJsonAtomically(dir.filePath(TerminalIdentity::identityFileName()),
                                      QJsonObject {{"terminalId"_L1, terminalId}}, FileMode::Private);
    }
    if (written.ok()) {
        qCInfo(lcIdentity).noquote() << "created terminal" << terminalId << "in" << dir.absolutePath();
    }
    return written;
}

Error incomplete(const QString &detail)
{
    return {u"identity_unreadable"_s,
            TerminalIdentity::tr("The terminal's data folder is damaged (%1). Use a new folder to make a new "
                                 "terminal, and pair it again.")
                .arg(detail)};
}

} // namespace

Result<TerminalIdentity> TerminalIdentity::loadOrCreate(const QString &dataDir)
{
    auto dir = ensurePrivateDirectory(dataDir);
    if (!dir) {
        return dir.error();
    }
    if (!dir->exists(identityFileName())) {
        if (Status created = createIdentity(dir.value()); !created) {
            return created.error();
        }
    }
    auto identityJson = readJsonObject(dir->filePath(identityFileName()));
    if (!identityJson) {
        return incomplete(identityFileName());
    }
    TerminalIdentity identity;
    identity.m_terminalId = identityJson->value("terminalId"_L1).toString();
    auto keyPem = readFile(dir->filePath(keyFileName()));
    auto certPem = readFile(dir->filePath(certificateFileName()));
    if (!keyPem || !certPem) {
        return incomplete(!keyPem ? keyFileName() : certificateFileName());
    }
    identity.m_key = QSslKey(keyPem.value(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    OPENSSL_cleanse(keyPem.value().data(), size_t(keyPem.value().size()));
    identity.m_certificate = QSslCertificate(certPem.value(), QSsl::Pem);
    if (identity.m_terminalId.isEmpty() || identity.m_key.isNull() || identity.m_certificate.isNull()) {
        return incomplete(identity.m_key.isNull() ? keyFileName() : certificateFileName());
    }
    return identity;
}

QString TerminalIdentity::certSha256() const
{
    return QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex());
}

} // namespace holdfast::simulator
