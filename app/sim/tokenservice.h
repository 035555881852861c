#pragma once

#include "sim/jwt.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Keyless::Sim {

struct Principal;

struct IssuedToken {
    QString accessToken;
    QString resource; // as requested (becomes aud)
    QString clientId; // appid
    QString objectId; // oid
    qint64 issuedAt = 0;
    qint64 notBefore = 0;
    qint64 expiresOn = 0;
    bool fromCache = false;
    QJsonObject claims;
    bool isValid() const { return !accessToken.isEmpty(); }
};

// What a resource concluded about a presented token.
struct TokenCheck {
    enum class Failure { None, Missing, Malformed, BadSignature, Audience, Issuer, Expired, NotYetValid };
    Failure failure = Failure::None;
    QJsonObject claims;
    QString audience;
    QString issuer;
    qint64 expiresOn = 0;
    bool ok() const { return failure == Failure::None; }
    QString oid() const;
    QString appId() const;
    QStringList groups() const;
    static QString failureName(Failure failure);
};

// The simulated Entra token service: mints v1.0 access tokens with the claims of a managed-identity token (facts §3),
// keeps the managed-identity platform cache (one token per identity and resource for its lifetime, §3.3) and lets
// resources verify signature, audience, issuer and lifetime. Token ids (uti) come from the seed and a counter.
class TokenService
{
public:
    TokenService() = default;
    TokenService(const QString &seed, const QString &tenantId);

    QString tenantId() const { return m_tenantId; }
    QString issuer() const; // "https://sts.windows.net/<tid>/"
    static QString issuerFor(const QString &tenantId);

    struct ManagedIdentityRequest {
        const Principal *identity = nullptr;
        QString resource;
        QString managedIdentityResourceId; // xms_mirid
        QStringList groups;                // the identity's groups now (baked into a new token)
        QStringList roles;                 // app roles on the target API
        qint64 now = 0;
        qint64 lifetime = 86700; // observed exp - iat for MI tokens
        bool bypassCache = false;
    };
    // Returns the cached token for (identity, resource) while it has not expired, else mints one and caches it.
    IssuedToken managedIdentityToken(const ManagedIdentityRequest &request);
    // A user token (AzureCliCredential / az account get-access-token): idtyp user, upn, scp.
    IssuedToken userToken(const Principal &user, const QString &resource, const QStringList &groups, qint64 now,
                          qint64 lifetime);
    // A token as another tenant's Entra would sign it (for the wrong-tenant cases, AKV10032).
    IssuedToken foreignToken(const QString &foreignTenantId, const Principal &identity, const QString &resource,
                             qint64 now, qint64 lifetime);

    // Verify a bearer token for a service: audiences are the exact strings the service accepts.
    TokenCheck verify(const QString &token, const QStringList &audiences, const QString &expectedTenantId,
                      qint64 now) const;

    // The payload of a token as a client reads it (decoded, signature not checked); {} when it is not a JWT.
    QJsonObject claimsOf(const QString &token) const;

    void clearCache() { m_cache.clear(); }
    int cacheSize() const { return int(m_cache.size()); }
    const IssuedToken *cached(const QString &objectId, const QString &resource, qint64 now) const;
    qint64 issuedCount() const { return m_counter; }

private:
    IssuedToken mint(QJsonObject payload, const QString &resource, qint64 now, qint64 lifetime);
    void rememberVerified(const QString &token, const QJsonObject &payload) const;

    QString m_seed;
    QString m_tenantId;
    QByteArray m_key;
    qint64 m_counter = 0;
    QHash<QString, IssuedToken> m_cache; // objectId + '|' + resource
    // Decoded payloads of tokens this service signed or whose signature checked out: a token's bytes never change,
    // so services that see the same bearer token again skip JSON parsing and HMAC (audience, issuer and lifetime
    // are still checked).
    mutable QHash<QString, QJsonObject> m_verified;
};

} // namespace Keyless::Sim
