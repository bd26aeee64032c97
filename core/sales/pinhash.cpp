#include "pinhash.h"

#include <QLoggingCategory>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPinHash, "holdfast.core.sales.pinhash")

namespace holdfast::sales {

namespace {

struct KdfDeleter
{
    void operator()(EVP_KDF *kdf) const { EVP_KDF_free(kdf); }
};
struct KdfCtxDeleter
{
    void operator()(EVP_KDF_CTX *ctx) const { EVP_KDF_CTX_free(ctx); }
};

Error failure(const char *what)
{
    // The OpenSSL error queue never holds the PIN; log it for support and clear it.
    qCWarning(lcPinHash) << what << "failed:" << ERR_error_string(ERR_get_error(), nullptr);
    ERR_clear_error();
    return {u"pin_hash_failed"_s, PinHasher::tr("The PIN could not be checked because of an internal error.")};
}

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

} // namespace

QString PinKdfParams::toString() const
{
    return u"scrypt:n=%1,r=%2,p=%3"_s.arg(n).arg(r).arg(p);
}

std::optional<PinKdfParams> PinKdfParams::fromString(QStringView text)
{
    if (!text.startsWith(u"scrypt:")) {
        return std::nullopt;
    }
    PinKdfParams params;
    int seen = 0;
    for (QStringView part : text.mid(7).split(u',')) {
        bool ok = false;
        const qsizetype eq = part.indexOf(u'=');
        const QStringView key = part.left(eq);
        const qulonglong value = eq < 0 ? 0 : part.mid(eq + 1).toULongLong(&ok);
        if (!ok || value == 0) {
            return std::nullopt;
        }
        if (key == u"n" && (value & (value - 1)) == 0) {
            params.n = value;
        } else if (key == u"r" && value <= 64) {
            params.r = quint32(value);
        } else if (key == u"p" && value <= 16) {
            params.p = quint32(value);
        } else {
            return std::nullopt;
        }
        ++seen;
    }
    return seen == 3 ? std::optional(params) : std::nullopt;
}

Status PinHasher::validate(QByteArrayView pin)
{
    const bool digits = std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (pin.size() < 4 || pin.size() > 8 || !digits) {
        return Error {u"pin_invalid"_s, tr("A PIN is 4 to 8 digits.")};
    }
    return {};
}

Result<crypto::SecretBytes> PinHasher::hash(QByteArrayView pin, QByteArrayView pepper, QByteArrayView salt,
                                            const PinKdfParams &params)
{
    Q_ASSERT(pepper.size() == pepperBytes && salt.size() == saltBytes);
    // The pepper keys an HMAC of the PIN; scrypt then makes each guess slow and salted.
    crypto::SecretBytes peppered(EVP_MAX_MD_SIZE);
    size_t pepperedSize = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, pepper.data(), size_t(pepper.size()), bytes(pin),
                   size_t(pin.size()), peppered.data(), size_t(peppered.size()), &pepperedSize)) {
        return failure("HMAC-SHA256");
    }
    peppered.resize(qsizetype(pepperedSize));

    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    std::unique_ptr<EVP_KDF_CTX, KdfCtxDeleter> ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!ctx) {
        return failure("EVP_KDF_fetch(SCRYPT)");
    }
    uint64_t n = params.n;
    uint32_t r = params.r;
    uint32_t p = params.p;
    // OpenSSL's default cap is 1 GiB less a little; name ours so that a stored cost beyond it
    // fails clearly instead of allocating without bound.
    uint64_t maxMemory = uint64_t(1) << 30;
    const OSSL_PARAM kdfParams[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, peppered.data(), size_t(peppered.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char *>(salt.data()), size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    crypto::SecretBytes out(hashBytes);
    if (EVP_KDF_derive(ctx.get(), out.data(), size_t(out.size()), kdfParams) != 1) {
        return failure("EVP_KDF_derive(SCRYPT)");
    }
    return out;
}

bool PinHasher::matches(const crypto::SecretBytes &computed, QByteArrayView stored)
{
    return computed.equals(stored); // CRYPTO_memcmp: no early exit on the first differing byte
}

Result<QByteArray> PinHasher::randomBytes(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), int(size)) != 1) {
        ERR_clear_error();
        return Error {u"random_failed"_s, tr("The system's random number generator failed.")};
    }
    return out;
}

crypto::SecretBytes PinHasher::take(QString &typed)
{
    crypto::SecretBytes pin(typed.size());
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const char16_t c = typed.at(i).unicode();
        pin.data()[i] = static_cast<unsigned char>(c < 0x80 ? c : '?'); // not a digit: validate() refuses it
    }
    crypto::wipe(typed);
    return pin;
}

} // namespace holdfast::sales
