#include "ui/labs/flowtrace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Keyless::Ui::Labs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keyless::Ui::Labs", text); // the context lupdate gives tr() in this namespace
}

QString simplifiedKey(const QString &name)
{
    QString key;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            key += c.toLower();
    }
    return key;
}

} // namespace

QString FlowEvent::statusText() const
{
    QStringList parts;
    if (status > 0)
        parts << QString::number(status);
    if (!errorCode.isEmpty())
        parts << errorCode;
    if (parts.isEmpty() && decision.present && !decision.allowed)
        parts << QCoreApplication::translate("Keyless::Ui::Labs::FlowEvent", "Denied"); // a member: its own context
    return parts.join(QLatin1Char(' '));
}

const FlowParticipant *FlowTrace::participant(const QString &id) const
{
    for (const FlowParticipant &p : participants) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

void FlowTrace::normalise()
{
    QSet<QString> known;
    for (const FlowParticipant &p : participants)
        known.insert(p.id);
    auto ensure = [&](const QString &id) {
        if (id.isEmpty() || known.contains(id))
            return;
        known.insert(id);
        FlowParticipant p;
        p.id = id;
        p.label = id;
        p.role = guessFlowRole(id);
        participants.append(p);
    };
    for (int i = 0; i < events.size(); ++i) {
        FlowEvent &e = events[i];
        e.index = i;
        ensure(e.from);
        ensure(e.to);
        if (e.status >= 400 || !e.errorCode.isEmpty() || (e.decision.present && !e.decision.allowed))
            e.failed = true;
        if (e.claims.isEmpty() && !e.jwt.isEmpty())
            e.claims = decodeJwtClaims(e.jwt);
        if (e.kindName.isEmpty())
            e.kindName = flowKindName(e.kind);
    }
}

int FlowTrace::firstFailure() const
{
    for (const FlowEvent &e : events) {
        if (e.failed)
            return e.index;
    }
    return -1;
}

QStringList FlowTrace::kindNames() const
{
    QStringList names;
    for (const FlowEvent &e : events) {
        if (!names.contains(e.kindName))
            names << e.kindName;
    }
    return names;
}

QString flowKindName(FlowKind kind)
{
    switch (kind) {
    case FlowKind::CredentialAttempt:
        return tr("credential attempt");
    case FlowKind::TokenRequest:
        return tr("token request");
    case FlowKind::TokenIssued:
        return tr("token issued");
    case FlowKind::CacheHit:
        return tr("cache hit");
    case FlowKind::ResourceRequest:
        return tr("resource request");
    case FlowKind::AuthorizationDecision:
        return tr("authorization decision");
    case FlowKind::Response:
        return tr("response");
    case FlowKind::Other:
        break;
    }
    return tr("event");
}

FlowKind flowKindFromName(const QString &name)
{
    const QString key = simplifiedKey(name);
    if (key.contains(QLatin1String("credential")))
        return FlowKind::CredentialAttempt;
    if (key.contains(QLatin1String("cache")))
        return FlowKind::CacheHit;
    if (key == QLatin1String("tokenrequest"))
        return FlowKind::TokenRequest;
    if (key.startsWith(QLatin1String("tokenissue")) || key == QLatin1String("tokenresponse") ||
        key == QLatin1String("token"))
        return FlowKind::TokenIssued;
    if (key.contains(QLatin1String("authoriz")) || key.contains(QLatin1String("decision")) ||
        key.contains(QLatin1String("rbac")))
        return FlowKind::AuthorizationDecision;
    if (key.contains(QLatin1String("resourcerequest")) || key.contains(QLatin1String("request")))
        return key.contains(QLatin1String("token")) ? FlowKind::TokenRequest : FlowKind::ResourceRequest;
    if (key.contains(QLatin1String("response")))
        return FlowKind::Response;
    return FlowKind::Other;
}

FlowRole guessFlowRole(const QString &participantId)
{
    const QString id = participantId.toLower();
    if (id.contains(QLatin1String("169.254.169.254")) || id.contains(QLatin1String("imds")) ||
        id.contains(QLatin1String("identity_endpoint")) || id.contains(QLatin1String("identity endpoint")) ||
        id.contains(QLatin1String("identityendpoint")) || id.contains(QLatin1String("msi")))
        return FlowRole::IdentityEndpoint;
    if (id.contains(QLatin1String("entra")) || id.contains(QLatin1String("login.microsoftonline")) ||
        id.contains(QLatin1String("sts.windows.net")) || id.contains(QLatin1String("aad")))
        return FlowRole::Entra;
    if (id.contains(QLatin1String("credential")))
        return FlowRole::Credential;
    if (id.contains(QLatin1String("microsoft.web/sites")) || id.contains(QLatin1String("virtualmachines")) ||
        id.contains(QLatin1String("app")) || id.contains(QLatin1String("func")) || id.contains(QLatin1String("vm")))
        return FlowRole::Caller;
    if (id.contains(QLatin1String("vault")) || id.contains(QLatin1String("storage")) ||
        id.contains(QLatin1String("cosmos")) || id.contains(QLatin1String("documentdb")) ||
        id.contains(QLatin1String("blob")) || id.contains(QLatin1String("management.azure.com")))
        return FlowRole::Resource;
    return FlowRole::Other;
}

QString explainClaim(const QString &claim)
{
    // Meanings follow managed-identity-facts.md §3.2.
    static const struct {
        const char *name;
        const char *meaning;
    } table[] = {
        {"aud", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace",
                                  "Audience: the resource the token is for. The resource rejects a token whose "
                                  "audience is not its own.")},
        {"iss", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace",
                                  "Issuer: the Microsoft Entra tenant that issued and signed the token.")},
        {"iat", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace", "Issued at (Unix seconds).")},
        {"nbf", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace", "Not before: the token is not valid earlier.")},
        {"exp", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace",
                                  "Expires: after this time the resource answers 401 and a new token is needed.")},
        {"aio", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace", "Opaque internal claim; do not use it.")},
        {"rh", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace", "Opaque internal claim; do not use it.")},
        {"appid", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace",
                                    "Client ID of the caller: the managed identity's client (app) ID.")},
        {"azp", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace",
                                  "Client ID of the caller (v2 tokens): the managed identity's client ID.")},
        {"appidacr", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace",
                                       "How the client authenticated: 0 public, 1 secret, 2 certificate (managed "
                                       "identities show 2).")},
        {"azpacr", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace",
                                     "How the client authenticated (v2 tokens): 0 public, 1 secret, 2 certificate.")},
        {"idp", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace",
                                  "Identity provider; for a managed identity it equals the issuer.")},
        {"idtyp", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace",
                                    "Identity type: \"app\" for an app-only token such as a managed identity's, "
                                    "\"user\" for a signed-in user.")},
        {"oid", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace",
                                  "Object ID of the service principal = the managed identity's principal ID. Role "
                                  "assignments are matched against it.")},
        {"sub", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace",
                                  "Subject; for an app-only token it equals the service principal's object ID.")},
        {"tid",
         QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace", "Tenant ID of the directory that owns the identity.")},
        {"uti", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace", "Unique token identifier.")},
        {"ver", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace", "Token format version, 1.0 or 2.0.")},
        {"roles",
         QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace", "App roles granted to the identity on the target API.")},
        {"groups", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace",
                                     "Groups the identity belongs to; cached with the token, so membership changes "
                                     "can take hours to apply.")},
        {"upn", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace",
                                  "User principal name: present on user tokens, never on managed-identity tokens.")},
        {"xms_mirid", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace",
                                        "Resource ID of the managed identity: the hosting resource for a "
                                        "system-assigned identity, the identity resource for a user-assigned one.")},
        {"xms_az_rid", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace",
                                         "Resource ID of the compute resource that asked for the token (seen on "
                                         "some user-assigned identity tokens).")},
        {"xms_tcdt", QT_TRANSLATE_NOOP("Keyless::Ui::Labs::FlowTrace",
                                       "Tenant creation time (Unix seconds), as usually interpreted.")},
    };
    for (const auto &row : table) {
        if (claim == QLatin1String(row.name))
            return QCoreApplication::translate("Keyless::Ui::Labs::FlowTrace", row.meaning);
    }
    return {};
}

QList<FlowClaim> decodeJwtClaims(const QString &jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return {};
    const QByteArray payload =
        QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    // QJsonObject sorts keys; keep the token's own order by scanning the raw text for keys.
    const QJsonObject object = doc.object();
    QStringList order;
    const QString text = QString::fromUtf8(payload);
    for (auto it = object.begin(); it != object.end(); ++it)
        order << it.key();
    std::sort(order.begin(), order.end(), [&text](const QString &a, const QString &b) {
        return text.indexOf(QLatin1Char('"') + a + QLatin1Char('"')) <
               text.indexOf(QLatin1Char('"') + b + QLatin1Char('"'));
    });
    QList<FlowClaim> claims;
    for (const QString &key : order)
        claims << flowClaim(key, object.value(key));
    return claims;
}

FlowClaim flowClaim(const QString &name, const QJsonValue &value)
{
    FlowClaim claim;
    claim.name = name;
    if (value.isString())
        claim.value = value.toString();
    else if (value.isDouble())
        claim.value = QString::number(value.toInteger());
    else if (value.isBool())
        claim.value = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else
        claim.value =
            QString::fromUtf8((value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
                                  .toJson(QJsonDocument::Compact));
    if (value.isDouble() &&
        (name == QLatin1String("iat") || name == QLatin1String("nbf") || name == QLatin1String("exp"))) {
        claim.value += QStringLiteral(" (%1)").arg(
            QDateTime::fromSecsSinceEpoch(value.toInteger(), Qt::UTC).toString(Qt::ISODate));
    }
    claim.meaning = explainClaim(name);
    if (claim.meaning.isEmpty())
        claim.meaning = tr("A claim the flow view has no explanation for.");
    return claim;
}

} // namespace Keyless::Ui::Labs
