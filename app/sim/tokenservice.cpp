#include "sim/tokenservice.h"

#include "sim/ids.h"
#include "sim/principal.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace Keyless::Sim {

QString TokenCheck::oid() const
{
    return claims.value(QStringLiteral("oid")).toString();
}
QString TokenCheck::appId() const
{
    return claims.value(QStringLiteral("appid")).toString();
}

QStringList TokenCheck::groups() const
{
    QStringList out;
    for (const QJsonValue &v : claims.value(QStringLiteral("groups")).toArray())
        out << v.toString();
    return out;
}

QString TokenCheck::failureName(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return QStringLiteral("None");
    case Failure::Missing:
        return QStringLiteral("Missing");
    case Failure::Malformed:
        return QStringLiteral("Malformed");
    case Failure::BadSignature:
        return QStringLiteral("BadSignature");
    case Failure::Audience:
        return QStringLiteral("Audience");
    case Failure::Issuer:
        return QStringLiteral("Issuer");
    case Failure::Expired:
        return QStringLiteral("Expired");
    case Failure::NotYetValid:
        return QStringLiteral("NotYetValid");
    }
    return {};
}

TokenService::TokenService(const QString &seed, const QString &tenantId)
    : m_seed(seed)
    , m_tenantId(tenantId)
{
    // One signing key for all of the simulated Entra (real Entra signs every tenant's tokens with shared keys, which
    // is why a wrong-tenant token fails on the issuer check, not on the signature).
    m_key = QCryptographicHash::hash((QStringLiteral("keyless-entra-signing-key|") + seed).toUtf8(),
                                     QCryptographicHash::Sha256);
}

QString TokenService::issuerFor(const QString &tenantId)
{
    return QStringLiteral("https://sts.windows.net/") + tenantId + QLatin1Char('/');
}

QString TokenService::issuer() const
{
    return issuerFor(m_tenantId);
}

IssuedToken TokenService::mint(QJsonObject payload, const QString &resource, qint64 now, qint64 lifetime)
{
    ++m_counter;
    payload.insert(QStringLiteral("aud"), resource);
    payload.insert(QStringLiteral("iat"), now);
    payload.insert(QStringLiteral("nbf"), now);
    payload.insert(QStringLiteral("exp"), now + lifetime);
    payload.insert(QStringLiteral("uti"), QString::fromLatin1(Ids::base64UrlEncode(Ids::bytes(
                                              m_seed, {QStringLiteral("uti"), QString::number(m_counter)}, 16))));
    payload.insert(QStringLiteral("ver"), QStringLiteral("1.0"));
    if (!payload.contains(QStringLiteral("iss")))
        payload.insert(QStringLiteral("iss"), issuer());
    payload.insert(QStringLiteral("idp"), payload.value(QStringLiteral("iss")));
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), QStringLiteral("keyless-sim-hs256")}};
    IssuedToken t;
    t.accessToken = Jwt::encode(header, payload, m_key);
    t.resource = resource;
    t.clientId = payload.value(QStringLiteral("appid")).toString();
    t.objectId = payload.value(QStringLiteral("oid")).toString();
    t.issuedAt = now;
    t.notBefore = now;
    t.expiresOn = now + lifetime;
    t.claims = payload;
    rememberVerified(t.accessToken, payload);
    return t;
}

void TokenService::rememberVerified(const QString &token, const QJsonObject &payload) const
{
    if (m_verified.size() > 4096)
        m_verified.clear();
    m_verified.insert(token, payload);
}

QJsonObject TokenService::claimsOf(const QString &token) const
{
    const auto known = m_verified.constFind(token);
    return known != m_verified.constEnd() ? *known : Jwt::decode(token).payload;
}

const IssuedToken *TokenService::cached(const QString &objectId, const QString &resource, qint64 now) const
{
    auto it = m_cache.constFind(objectId + QLatin1Char('|') + resource);
    if (it == m_cache.constEnd() || it->expiresOn <= now)
        return nullptr;
    return &*it;
}

IssuedToken TokenService::managedIdentityToken(const ManagedIdentityRequest &r)
{
    if (!r.identity)
        return {};
    const QString cacheKey = r.identity->objectId + QLatin1Char('|') + r.resource;
    if (!r.bypassCache) {
        if (const IssuedToken *hit = cached(r.identity->objectId, r.resource, r.now)) {
            IssuedToken t = *hit;
            t.fromCache = true;
            return t;
        }
    }
    QJsonObject p{{QStringLiteral("appid"), r.identity->appId},
                  {QStringLiteral("appidacr"), QStringLiteral("2")},
                  {QStringLiteral("idtyp"), QStringLiteral("app")},
                  {QStringLiteral("oid"), r.identity->objectId},
                  {QStringLiteral("sub"), r.identity->objectId},
                  {QStringLiteral("tid"), m_tenantId},
                  {QStringLiteral("xms_mirid"), r.managedIdentityResourceId}};
    if (!r.groups.isEmpty())
        p.insert(QStringLiteral("groups"), QJsonArray::fromStringList(r.groups));
    if (!r.roles.isEmpty())
        p.insert(QStringLiteral("roles"), QJsonArray::fromStringList(r.roles));
    IssuedToken t = mint(p, r.resource, r.now, r.lifetime);
    m_cache.insert(cacheKey, t);
    return t;
}

IssuedToken TokenService::userToken(const Principal &user, const QString &resource, const QStringList &groups,
                                    qint64 now, qint64 lifetime)
{
    // Azure CLI's public client id (the app the user signs in with).
    QJsonObject p{{QStringLiteral("appid"), QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46")},
                  {QStringLiteral("appidacr"), QStringLiteral("0")},
                  {QStringLiteral("idtyp"), QStringLiteral("user")},
                  {QStringLiteral("oid"), user.objectId},
                  {QStringLiteral("sub"), Ids::hex(m_seed, {QStringLiteral("sub"), user.objectId, resource}, 16)},
                  {QStringLiteral("tid"), m_tenantId},
                  {QStringLiteral("upn"), user.userPrincipalName},
                  {QStringLiteral("unique_name"), user.userPrincipalName},
                  {QStringLiteral("name"), user.displayName},
                  {QStringLiteral("scp"), QStringLiteral("user_impersonation")}};
    if (!groups.isEmpty())
        p.insert(QStringLiteral("groups"), QJsonArray::fromStringList(groups));
    return mint(p, resource, now, lifetime);
}

IssuedToken TokenService::foreignToken(const QString &foreignTenantId, const Principal &identity,
                                       const QString &resource, qint64 now, qint64 lifetime)
{
    QJsonObject p{{QStringLiteral("appid"), identity.appId},          {QStringLiteral("appidacr"), QStringLiteral("2")},
                  {QStringLiteral("idtyp"), QStringLiteral("app")},   {QStringLiteral("oid"), identity.objectId},
                  {QStringLiteral("sub"), identity.objectId},         {QStringLiteral("tid"), foreignTenantId},
                  {QStringLiteral("iss"), issuerFor(foreignTenantId)}};
    return mint(p, resource, now, lifetime);
}

TokenCheck TokenService::verify(const QString &token, const QStringList &audiences, const QString &expectedTenantId,
                                qint64 now) const
{
    TokenCheck c;
    if (token.trimmed().isEmpty()) {
        c.failure = TokenCheck::Failure::Missing;
        return c;
    }
    auto known = m_verified.constFind(token);
    if (known != m_verified.constEnd()) {
        c.claims = *known;
    } else {
        const Jwt::Decoded d = Jwt::decode(token);
        if (!d.ok) {
            c.failure = TokenCheck::Failure::Malformed;
            return c;
        }
        c.claims = d.payload;
        if (!Jwt::verifySignature(d, m_key)) {
            c.audience = d.payload.value(QStringLiteral("aud")).toString();
            c.issuer = d.payload.value(QStringLiteral("iss")).toString();
            c.expiresOn = qint64(d.payload.value(QStringLiteral("exp")).toDouble());
            c.failure = TokenCheck::Failure::BadSignature;
            return c;
        }
        rememberVerified(token, d.payload);
    }
    c.audience = c.claims.value(QStringLiteral("aud")).toString();
    c.issuer = c.claims.value(QStringLiteral("iss")).toString();
    c.expiresOn = qint64(c.claims.value(QStringLiteral("exp")).toDouble());
    if (!audiences.contains(c.audience)) {
        c.failure = TokenCheck::Failure::Audience;
        return c;
    }
    if (c.issuer != issuerFor(expectedTenantId)) {
        c.failure = TokenCheck::Failure::Issuer;
        return c;
    }
    if (now >= c.expiresOn) {
        c.failure = TokenCheck::Failure::Expired;
        return c;
    }
    if (now < qint64(c.claims.value(QStringLiteral("nbf")).toDouble())) {
        c.failure = TokenCheck::Failure::NotYetValid;
        return c;
    }
    return c;
}

} // namespace Keyless::Sim
