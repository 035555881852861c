#include "ui/labs/simnarration.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace Keyless::Ui::Labs::SimNarration {

namespace {

constexpr const char *Context = "Keyless::Ui::Labs::SimNarration";

// One sentence as app/sim writes it, %N for what varies. `nested` has bit N set when %N is narration itself (a
// reason, a decision, a "; " list of them): it is translated too, and the template matches only if it can be.
struct Template {
    const char *source;
    unsigned nested = 0;
};

constexpr unsigned part(int n)
{
    return 1u << n;
}

// Keep every text exactly as app/sim writes it (the file named in each group): a sentence changed there and not
// here stays English, which tst_simnarration's coverage test reports.
const Template table[] = {
    // authorization.cpp: Azure RBAC decisions and the reasons for each assignment considered
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "role definition %1 does not exist")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "%1 grants no data actions")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "%1 does not include %2")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "%1 would allow it but is still propagating (in effect at %2)")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "%1 at %2 allows %3")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "allowed: %1"), part(1)},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "allowed: %1 (through a group)"), part(1)},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "denied: no role assignment for this principal at this scope or above; needed data action %1 "
                       "on %2")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "denied: no role assignment for this principal at this scope or above; needed action %1 on %2")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "denied: %1; needed data action %2 on %3"), part(1)},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "denied: %1; needed action %2 on %3"), part(1)},
    //: One assignment in a denial: role, short scope, reason.
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "%1 at %2: %3"), part(3)},

    // dataplane.cpp: Key Vault
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "%1 (the vault uses Azure RBAC: its access policies are ignored)"),
     part(1)},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "the policy allows secrets %1")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "the policy does not include secrets %1")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "allowed: an access policy grants secrets %1")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "denied: no access policy for this principal; needed secrets %1 (the vault uses access "
                       "policies: Azure RBAC data roles are ignored)")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "denied: the access policy does not include secrets %1")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "No bearer token: the normal first step of the SDK challenge protocol (it then fetches a "
                       "token).")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "Key Vault accepts only tokens issued for https://vault.azure.net.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "The token comes from another tenant than the vault's.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "The token expired at %1.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Secret list (ids and attributes, never values).")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Secret value returned.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "New secret version stored.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Secret deleted (soft delete).")},

    // dataplane.cpp: Blob storage
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "Storage accepts \"Authorization: Bearer <token>\" (with x-ms-version 2017-11-09 or later) or "
                       "\"SharedKey <account>:<signature>\"; this header is neither.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "allowed: Shared Key (account key) authorizes everything; RBAC is not consulted")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "No x-ms-version header: Storage reads the request as an old service version, which has no "
                       "OAuth. Send x-ms-version: 2017-11-09 or later (the SDKs and az do).")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "x-ms-version %1 predates OAuth support in Storage (2017-11-09).")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "the bearer token is not a well-formed JWT (header.payload.signature, each base64url): was it "
                       "cut short or quoted?")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Container list.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Container created.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Blob list.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Blob uploaded.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Blob deleted.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Blob content returned.")},

    // dataplane.cpp: Cosmos DB
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "%1 is scoped to %2, not %3")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "%1 is still propagating (in effect at %2)")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "denied: no Cosmos DB data-plane (SQL) role assignment for this principal. Azure RBAC roles "
                       "such as Contributor or DocumentDB Account Contributor do not count; needed %1 on %2")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "denied: %1; needed %2 on %3"), part(1)},
    //: %1 is Cosmos DB's own error message (it stays English).
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "%1 Cosmos DB expects Authorization: type=aad&ver=1.0&sig=<token> (or "
                       "type=master&ver=1.0&sig=<signature>), URL-encoded; not \"Bearer <token>\".")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "allowed: the account key authorizes data and management operations; RBAC is not consulted")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "denied: creating/deleting databases and containers is a management operation; Entra tokens "
                       "on the data plane cannot do it (use ARM or the account key)")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Database created with the account key.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Container created with the account key.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Database deleted.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Container deleted.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Account metadata (every SDK reads it first).")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Database list.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Database metadata.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Container metadata.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Query results.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Document list (ReadFeed).")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Item replaced (upsert).")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Item created.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Item read.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Item replaced.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Item deleted.")},

    // dataplane.cpp: ARM REST
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "ARM accepts only management audiences.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "The token has expired.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "ARM answered.")},

    // identityendpoint.cpp: IMDS
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "token request for %1")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Only the identity endpoints are simulated.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "IMDS only supports GET.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "More than %1 managed-identity requests in one second from this VM: IMDS throttles. Retry "
                       "with exponential back-off.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "IMDS requires the header 'Metadata: true' (SSRF protection; documented code "
                       "bad_request_102).")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "IMDS rejects requests that carry an X-Forwarded-For header: they look forwarded by a proxy, "
                       "not sent from inside the VM (SSRF protection).")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "IMDS needs a supported api-version (2018-02-01 or later).")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Tenant of the VM's identity.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Unknown IMDS path.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "IMDS rejects duplicate query parameters.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "The token request must name the resource (audience).")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "client_id, object_id and msi_res_id are mutually exclusive.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "No identity selector: the system-assigned identity is the default.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "No identity selector and no system-assigned identity: the single user-assigned identity is "
                       "used.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "No system-assigned identity and several user-assigned ones: the request must say which "
                       "(client_id, object_id or msi_res_id).")},
    //: %1 is the selector as sent, e.g. client_id=…
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Selected by %1.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "This VM has no managed identity.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "The requested identity is not assigned to this VM.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "Entra has no resource principal with that name: check the resource / scope.")},

    // identityendpoint.cpp: the App Service identity endpoint, and the token it hands out
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "Send the value of IDENTITY_HEADER as the X-IDENTITY-HEADER header (SSRF protection).")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "api-version 2017-09-01 wants the value of MSI_SECRET as the secret header.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "The App Service identity endpoint protocol is api-version 2019-08-01.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Name the resource (audience) to get a token for.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "The identity selectors are mutually exclusive.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "No identity selector: the system-assigned identity.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Selected by the identity parameter.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "No selector was given, so the endpoint looked for the system-assigned identity, and this app "
                       "has none (a lone user-assigned identity is not picked automatically).")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "The requested identity is not assigned to this app.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Entra has no resource principal with that name.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "The managed identity endpoint keeps tokens per identity and resource until they expire: this "
                       "token carries the groups and roles it was issued with.")},
    //: %1 identity name, %2 object id, %3 expiry time
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "New token for %1 (oid %2), valid until %3.")},

    // world.cpp: Key Vault references and requests that reach nothing
    //: %1 SystemAssigned or the user-assigned identity's resource id
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "The platform read the secret with the app's identity (%1).")},
    //: %1 the reference status (MSINotEnabled …), %2 why
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "Not resolved (%1): %2 The app sees the literal reference text."),
     part(2)},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "The value is not a valid @Microsoft.KeyVault(...) reference.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "The app has no system-assigned identity to resolve the reference with.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "keyVaultReferenceIdentity names an identity that is not attached to the app.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "No key vault named '%1'.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "No secret named '%1' in %2.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Secret '%1' has no version '%2'.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration",
                       "Connection timed out: 169.254.169.254 (IMDS) is only reachable from inside an Azure VM.")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Connection refused: nothing listens on %1 here.")},

    // workloadrunner.cpp: what a credential got (its failures are the SDK's own messages and stay English)
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "token for %1 from the App Service endpoint")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "token for %1 from the IMDS endpoint")},
    //: %2 the signed-in user
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "token for %1 from az login (%2)")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "not a token credential")},
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Entra issued a user token for %1")},
    //: %1 a credential (ManagedIdentityCredential …)
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "%1: token acquired")},
    //: %1 a credential (ManagedIdentityCredential …); the token request follows in the next steps
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "%1: requests a token")},
    //: %1 a credential (ManagedIdentityCredential …)
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "%1: failed")},
    //: %1 a credential (ManagedIdentityCredential …)
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "%1: trying")},
    //: %1 a credential (EnvironmentCredential …)
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "%1: unavailable")},
    //: %1 the step's label from the workload
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "step: %1")},
    //: %1 the app setting's name
    {QT_TRANSLATE_NOOP("Keyless::Ui::Labs::SimNarration", "Key Vault reference %1")},
};

struct Compiled {
    const char *source = nullptr;
    QRegularExpression pattern;
    QList<int> numbers; // the placeholder number of each capture, in order
    unsigned nested = 0;
    qsizetype literal = 0; // characters of fixed text: the more, the more specific
    QString anchor;        // its longest fixed piece, a cheap test before the expression
};

const QRegularExpression &placeholder()
{
    static const QRegularExpression re(QStringLiteral("%(\\d)"));
    return re;
}

// The templates as anchored expressions (fixed text escaped, each %N a lazy capture), the most specific first:
// "Selected by the identity parameter." before "Selected by %1.". A value (a name, an id, an action, a URL) never
// holds "; ", so its capture stops there: "%1 does not include %2" cannot swallow a list of reasons.
const QList<Compiled> &compiled()
{
    static const QList<Compiled> list = [] {
        QList<Compiled> out;
        for (const Template &t : table) {
            Compiled c;
            c.source = t.source;
            c.nested = t.nested;
            const QString text = QString::fromUtf8(t.source);
            QString pattern;
            qsizetype at = 0;
            auto literal = [&](QStringView piece) {
                pattern += QRegularExpression::escape(piece);
                c.literal += piece.size();
                if (piece.size() > c.anchor.size())
                    c.anchor = piece.toString();
            };
            for (auto it = placeholder().globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                literal(QStringView(text).mid(at, m.capturedStart() - at));
                c.numbers << m.captured(1).toInt();
                pattern +=
                    c.nested & part(c.numbers.last()) ? QStringLiteral("(.*?)") : QStringLiteral("((?:(?!; ).)*?)");
                at = m.capturedEnd();
            }
            literal(QStringView(text).mid(at));
            c.pattern = QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                           QRegularExpression::DotMatchesEverythingOption);
            out << c;
        }
        // A template around a nested part goes first: it matches only when that part is a sentence, and so does
        // not swallow what another template wraps ("denied: no role assignment …; needed … on <scope>" ends in a
        // value, which would keep the vault's "(the vault uses Azure RBAC …)" English).
        std::stable_sort(out.begin(), out.end(), [](const Compiled &a, const Compiled &b) {
            if ((a.nested != 0) != (b.nested != 0))
                return a.nested != 0;
            return a.literal > b.literal;
        });
        return out;
    }();
    return list;
}

// `text` with each %N replaced by values[N] in one pass (a value's own "%2F" is left alone).
QString substitute(const QString &text, const QHash<int, QString> &values)
{
    QString out;
    qsizetype at = 0;
    for (auto it = placeholder().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(at, m.capturedStart() - at);
        out += values.value(m.captured(1).toInt());
        at = m.capturedEnd();
    }
    out += QStringView(text).mid(at);
    return out;
}

constexpr int MaxDepth = 4;

std::optional<QString> sentence(const QString &english, bool translate, int depth);

// A nested part: a "; " list whose every item is a sentence (a denial's reasons), or one sentence.
std::optional<QString> nestedPart(const QString &english, bool translate, int depth)
{
    const QString separator = QStringLiteral("; ");
    if (english.contains(separator)) {
        QStringList items = english.split(separator);
        bool all = true;
        for (QString &item : items) {
            const auto done = sentence(item, translate, depth);
            all = all && done.has_value();
            if (!all)
                break;
            item = *done;
        }
        if (all)
            return items.join(separator);
    }
    return sentence(english, translate, depth);
}

std::optional<QString> sentence(const QString &english, bool translate, int depth)
{
    if (english.isEmpty() || depth > MaxDepth)
        return std::nullopt;
    for (const Compiled &c : compiled()) {
        if (!english.contains(c.anchor))
            continue;
        const QRegularExpressionMatch m = c.pattern.match(english);
        if (!m.hasMatch())
            continue;
        QHash<int, QString> values;
        bool ok = true;
        for (int i = 0; i < c.numbers.size() && ok; ++i) {
            const int n = c.numbers.at(i);
            QString value = m.captured(i + 1);
            if (c.nested & part(n)) {
                const auto inner = nestedPart(value, translate, depth + 1);
                ok = inner.has_value();
                if (ok)
                    value = *inner;
            }
            values.insert(n, value);
        }
        if (!ok)
            continue;
        const QString wording =
            translate ? QCoreApplication::translate(Context, c.source) : QString::fromUtf8(c.source);
        return substitute(wording, values);
    }
    return std::nullopt;
}

} // namespace

QString translated(const QString &english)
{
    return sentence(english, true, 0).value_or(english);
}

bool isNarration(const QString &english)
{
    return sentence(english, false, 0).has_value();
}

QStringList templates()
{
    QStringList list;
    for (const Template &t : table)
        list << QString::fromUtf8(t.source);
    return list;
}

} // namespace Keyless::Ui::Labs::SimNarration
