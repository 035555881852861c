// The simulator's narration (trace explanations, decisions and their reasons) in the interface language: the table
// in app/ui/labs/simnarration.cpp, its composed sentences, the texts that stay English (the SDK's and Azure's own),
// a coverage check over real runs (canonical flows, every lab's solution and wrong solutions, the sim's golden
// trace), and the flow inspector switching its narration with the language.
#include "lab/checkregistry.h"
#include "lab/labcatalog.h"
#include "lab/labsession.h"
#include "sim/resource.h"
#include "sim/trace.h"
#include "sim/workloadrunner.h"
#include "sim/world.h"
#include "ui/labs/canonicalflows.h"
#include "ui/labs/flowinspector.h"
#include "ui/labs/flowplayer.h"
#include "ui/labs/flowview.h"
#include "ui/labs/simnarration.h"
#include "ui/study/translations.h"
#include "ui/uistate.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Keyless;
using namespace Keyless::Ui;
using namespace Keyless::Ui::Labs;

namespace {

const QString kvScope =
    QStringLiteral("/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg1/providers/"
                   "Microsoft.KeyVault/vaults/kv1");
const QString getSecret = QStringLiteral("Microsoft.KeyVault/vaults/secrets/getSecret/action");

// Texts in a trace that are not Keyless' words and stay English in every language: the Azure SDK's exception
// messages, the services' own error messages, HTTP lines, and the token check's failure names. Matched by prefix.
const QStringList stayEnglish = {
    // Azure.Identity
    QStringLiteral("EnvironmentCredential authentication unavailable."),
    QStringLiteral("WorkloadIdentityCredential authentication unavailable."),
    QStringLiteral("ManagedIdentityCredential authentication "),
    QStringLiteral("AzureCliCredential authentication failed: "),
    QStringLiteral("Azure CLI not installed"),
    QStringLiteral("Please run 'az login' to set up account"),
    QStringLiteral("Visual Studio Token provider can't be accessed"),
    QStringLiteral("Az.Account module >= 2.2.0 is not installed."),
    QStringLiteral("Azure Developer CLI could not be found."),
    // services
    QStringLiteral("AKV10"),
    QStringLiteral("Caller is not authorized to perform action on resource."),
    QStringLiteral("The user, group or application '"),
    QStringLiteral("A secret with (name/id) "),
    QStringLiteral("Server failed to authenticate the request."),
    QStringLiteral("This request is not authorized to perform this operation using this permission."),
    QStringLiteral("Key based authentication is not permitted on this storage account."),
    QStringLiteral("Audience validation failed."),
    QStringLiteral("Request blocked by Auth "),
    QStringLiteral("The client '"),
    QStringLiteral("AADSTS"),
};
// HTTP lines (a request, a status) where a hop has no sentence of its own.
const QRegularExpression httpLine(QStringLiteral("^(?:(?:GET|PUT|POST|PATCH|DELETE|HEAD) https?://|\\d{3} )"));

bool staysEnglish(const QString &text)
{
    for (const QString &prefix : stayEnglish) {
        if (text.startsWith(prefix))
            return true;
    }
    return httpLine.match(text).hasMatch();
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Where a text was seen, for the failure message.
using Seen = QMap<QString, QString>;

// Every narration text a trace shows in the flow view: the explanation (or the summary where there is none), the
// summary where it is the caption, and the decision's explanation and reasons. Control-plane hops are never shown.
void collect(const QList<Sim::TraceEvent> &events, const QString &where, Seen &seen)
{
    auto add = [&](const QString &text) {
        if (!text.isEmpty() && !seen.contains(text))
            seen.insert(text, where);
    };
    for (const Sim::TraceEvent &e : events) {
        if (e.kind == Sim::TraceKind::ControlPlane)
            continue;
        add(e.explanation.isEmpty() ? e.summary : e.explanation);
        if (e.kind == Sim::TraceKind::CredentialAttempt || e.kind == Sim::TraceKind::SettingResolved ||
            e.kind == Sim::TraceKind::Note)
            add(e.summary);
        const QJsonObject details = e.details.toObject();
        QJsonObject decision = details.value(QStringLiteral("decision")).toObject();
        if (decision.isEmpty() && details.contains(QStringLiteral("allowed")))
            decision = details;
        add(decision.value(QStringLiteral("explanation")).toString());
        for (const QJsonValue &c : decision.value(QStringLiteral("considered")).toArray())
            add(c.toObject().value(QStringLiteral("reason")).toString());
    }
}

QList<Sim::TraceEvent> runCanonical(const QByteArray &worldJson, const QString &app)
{
    Sim::WorldLoadResult loaded = Sim::World::fromJson(QJsonDocument::fromJson(worldJson).object());
    const Sim::Resource *resource = loaded.world.findResource(app);
    if (!resource)
        return {};
    return Sim::WorkloadRunner(loaded.world).run(resource->id).trace;
}

} // namespace

class TestSimNarration final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_catalog.addFolder(QStringLiteral(KEYLESS_SOURCE_DIR "/labs"));
        QVERIFY(m_catalog.issues().isEmpty());
        QVERIFY(m_catalog.labs().size() >= 7);
    }
    void cleanup() { m_translations.apply(QStringLiteral("en")); }

    void translatesIntoGerman_data()
    {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        // one sentence
        QTest::newRow("selector")
            << QStringLiteral("No identity selector: the system-assigned identity is the default.")
            << QStringLiteral("Keine Identitätsauswahl: Standard ist die systemseitig zugewiesene Identität.");
        QTest::newRow("cache")
            << QStringLiteral(
                   "The managed identity endpoint keeps tokens per identity and resource until they expire: this token "
                   "carries the groups and roles it was issued with.")
            << QStringLiteral("Der Endpunkt für verwaltete Identitäten speichert Token pro Identität "
                              "und Ressource zwischen, bis sie ablaufen: Dieses Token trägt die "
                              "Gruppen und Rollen, mit denen es ausgestellt wurde.");
        // values come through as they are
        QTest::newRow("new token")
            << QStringLiteral("New token for func-demo (oid 196a6f89-8a10-468b-8ce3-641401924779), valid until "
                              "2026-01-02T09:05:00Z.")
            << QStringLiteral("Neues Token für func-demo (oid 196a6f89-8a10-468b-8ce3-641401924779), gültig bis "
                              "2026-01-02T09:05:00Z.");
        QTest::newRow("token request") << QStringLiteral("token request for https://vault.azure.net")
                                       << QStringLiteral("Token-Anfrage für https://vault.azure.net");
        // a value's own %2F is not a placeholder
        QTest::newRow("percent in a value")
            << QStringLiteral("Connection refused: nothing listens on http://h/%2F%1 here.")
            << QStringLiteral("Verbindung abgelehnt: Hier lauscht nichts auf "
                              "http://h/%2F%1.");
        QTest::newRow("selected by a value") << QStringLiteral("Selected by client_id=0f9e8d7c.")
                                             << QStringLiteral("Ausgewählt über client_id=0f9e8d7c.");
        QTest::newRow("selected by the parameter") << QStringLiteral("Selected by the identity parameter.")
                                                   << QStringLiteral("Ausgewählt über den Identitätsparameter.");
        QTest::newRow("credential got a token")
            << QStringLiteral("token for https://stdemo.blob.core.windows.net from the IMDS endpoint")
            << QStringLiteral("Token für https://stdemo.blob.core.windows.net vom IMDS-Endpunkt");
        QTest::newRow("caption") << QStringLiteral("ManagedIdentityCredential: token acquired")
                                 << QStringLiteral("ManagedIdentityCredential: Token erhalten");
        QTest::newRow("caption before the request")
            << QStringLiteral("ManagedIdentityCredential: requests a token")
            << QStringLiteral("ManagedIdentityCredential: fordert ein Token an");
        // decisions: "allowed: " + reason, "denied: " + reasons + needed, the vault's suffix
        QTest::newRow("allowed") << QStringLiteral("allowed: Key Vault Secrets User at kv1 allows ") + getSecret
                                 << QStringLiteral("zugelassen: Key Vault Secrets User auf kv1 erlaubt ") + getSecret;
        QTest::newRow("allowed through a group")
            << QStringLiteral("allowed: Storage Blob Data Reader at stdemo allows "
                              "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read (through a group)")
            << QStringLiteral(
                   "zugelassen: Storage Blob Data Reader auf stdemo erlaubt "
                   "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read (über eine Gruppe)");
        QTest::newRow("denied, two assignments")
            << QStringLiteral(
                   "denied: Contributor at rg1: Contributor grants no data actions; Key Vault Reader at kv1: "
                   "Key Vault Reader does not include %1; needed data action %1 on %2")
                   .arg(getSecret, kvScope)
            << QStringLiteral(
                   "verweigert: Contributor auf rg1: Contributor gewährt keine Datenaktionen; Key Vault "
                   "Reader auf kv1: Key Vault Reader enthält %1 nicht; benötigt wird die Datenaktion %1 auf %2")
                   .arg(getSecret, kvScope);
        QTest::newRow("denied, propagating")
            << QStringLiteral(
                   "denied: Key Vault Secrets User at kv1: Key Vault Secrets User would allow it but is still "
                   "propagating (in effect at 2026-01-01T09:10:00Z); needed data action %1 on %2")
                   .arg(getSecret, kvScope)
            << QStringLiteral("verweigert: Key Vault Secrets User auf kv1: Key Vault Secrets User würde es erlauben, "
                              "wird aber noch verteilt (wirksam ab 2026-01-01T09:10:00Z); benötigt wird die "
                              "Datenaktion %1 auf %2")
                   .arg(getSecret, kvScope);
        QTest::newRow("denied, no assignment, vault suffix")
            << QStringLiteral(
                   "denied: no role assignment for this principal at this scope or above; needed data action "
                   "%1 on %2 (the vault uses Azure RBAC: its access policies are ignored)")
                   .arg(getSecret, kvScope)
            << QStringLiteral("verweigert: keine Rollenzuweisung für diesen Prinzipal in diesem oder einem "
                              "übergeordneten Bereich; benötigt wird die Datenaktion %1 auf %2 (der Tresor verwendet "
                              "Azure RBAC: seine Zugriffsrichtlinien werden ignoriert)")
                   .arg(getSecret, kvScope);
        QTest::newRow("denied, action, ARM")
            << QStringLiteral("denied: Reader at rg1: Reader does not include Microsoft.Web/sites/write; needed action "
                              "Microsoft.Web/sites/write on /subscriptions/s/resourceGroups/rg1")
            << QStringLiteral("verweigert: Reader auf rg1: Reader enthält Microsoft.Web/sites/write nicht; benötigt "
                              "wird die Aktion Microsoft.Web/sites/write auf /subscriptions/s/resourceGroups/rg1");
        QTest::newRow("reason alone") << QStringLiteral("Contributor grants no data actions")
                                      << QStringLiteral("Contributor gewährt keine Datenaktionen");
        QTest::newRow("access policy") << QStringLiteral("denied: the access policy does not include secrets get")
                                       << QStringLiteral(
                                              "verweigert: die Zugriffsrichtlinie enthält secrets get nicht");
        QTest::newRow("cosmos, two reasons")
            << QStringLiteral("denied: Cosmos DB Built-in Data Reader is scoped to /dbs/shop/colls/audit, not "
                              "/dbs/shop/colls/orders; Cosmos DB Built-in Data Reader does not include "
                              "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/create; needed "
                              "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/create on "
                              "/dbs/shop/colls/orders")
            << QStringLiteral(
                   "verweigert: Cosmos DB Built-in Data Reader gilt für den Bereich /dbs/shop/colls/audit, "
                   "nicht /dbs/shop/colls/orders; Cosmos DB Built-in Data Reader enthält "
                   "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/create nicht; "
                   "benötigt wird Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/create "
                   "auf /dbs/shop/colls/orders");
        // a Key Vault reference that failed, with the decision inside
        QTest::newRow("reference not resolved")
            << QStringLiteral("Not resolved (AccessToKeyVaultDenied): denied: no role assignment for this principal at "
                              "this scope or above; needed data action %1 on %2/secrets/db The app sees the literal "
                              "reference text.")
                   .arg(getSecret, kvScope)
            << QStringLiteral("Nicht aufgelöst (AccessToKeyVaultDenied): verweigert: keine Rollenzuweisung für diesen "
                              "Prinzipal in diesem oder einem übergeordneten Bereich; benötigt wird die Datenaktion %1 "
                              "auf %2/secrets/db Die App sieht den Verweistext wörtlich.")
                   .arg(getSecret, kvScope);
        // Cosmos DB's message stays English, the simulator's hint after it is translated
        QTest::newRow("service message and hint")
            << QStringLiteral("Authorization header doesn't conform to the required format. Please verify and try "
                              "again. Cosmos DB expects Authorization: type=aad&ver=1.0&sig=<token> (or "
                              "type=master&ver=1.0&sig=<signature>), URL-encoded; not \"Bearer <token>\".")
            << QStringLiteral("Authorization header doesn't conform to the required format. Please verify and try "
                              "again. Cosmos DB erwartet Authorization: type=aad&ver=1.0&sig=<token> (oder "
                              "type=master&ver=1.0&sig=<signature>), URL-codiert; nicht \"Bearer <token>\".");
    }
    void translatesIntoGerman()
    {
        QFETCH(QString, english);
        QFETCH(QString, german);
        QVERIFY(SimNarration::isNarration(english));
        QCOMPARE(SimNarration::translated(english), english); // English while English is the language
        QCOMPARE(m_translations.apply(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(SimNarration::translated(english), german);
    }

    void otherTextsStayEnglish_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("EnvironmentCredential")
            << QStringLiteral("EnvironmentCredential authentication unavailable. Environment variables are not fully "
                              "configured. See the troubleshooting guide for more information. "
                              "https://aka.ms/azsdk/net/identity/environmentcredential/troubleshoot");
        QTest::newRow("ManagedIdentityCredential") << QStringLiteral(
            "ManagedIdentityCredential authentication unavailable. The requested identity has not been "
            "assigned to this resource.\nStatus: 400 (Bad Request)\n\nContent:\n{\"statusCode\":400,"
            "\"message\":\"Unable to load the proper Managed Identity.\"}");
        QTest::newRow("Key Vault 401") << QStringLiteral(
            "AKV10022: Invalid audience. Expected https://vault.azure.net, found: https://storage.azure.com/.");
        QTest::newRow("Storage 403") << QStringLiteral(
            "This request is not authorized to perform this operation using this permission.");
        QTest::newRow("Cosmos DB 403") << QStringLiteral(
            "Request blocked by Auth cosmos1 : Request is blocked because principal [oid] does not "
            "have required RBAC permissions to perform action [a] on resource [r]. Learn more: "
            "https://aka.ms/cosmos-native-rbac.");
        QTest::newRow("request line") << QStringLiteral("GET https://kv1.vault.azure.net/secrets/db");
        QTest::newRow("status line") << QStringLiteral("403 Forbidden ForbiddenByRbac");
        // narration around something the table does not know is left whole rather than half translated
        QTest::newRow("unknown reason") << QStringLiteral("denied: Owner at rg1: Owner was renamed; needed data action "
                                                          "%1 on %2")
                                               .arg(getSecret, kvScope);
        QTest::newRow("unknown") << QStringLiteral("A sentence the simulator does not write.");
    }
    void otherTextsStayEnglish()
    {
        QFETCH(QString, text);
        QCOMPARE(m_translations.apply(QStringLiteral("de")), QStringLiteral("de"));
        QVERIFY(!SimNarration::isNarration(text));
        QCOMPARE(SimNarration::translated(text), text);
        QCOMPARE(m_translations.apply(QStringLiteral("es")), QStringLiteral("es"));
        QCOMPARE(SimNarration::translated(text), text);
    }

    // Keeps the table honest: every narration text that real runs show (the canonical flows, every lab's solution
    // and wrong solutions, the sim's golden trace) is translated, or is an SDK / Azure / HTTP text that stays
    // English. A sentence the simulator gains (or rewords) without a template here fails this test.
    void everyTextRunsShowIsTranslatedOrStaysEnglish()
    {
        Seen seen;
        collect(runCanonical(canonicalImdsWorld(), QStringLiteral("vm-demo")), QStringLiteral("canonical IMDS"), seen);
        collect(runCanonical(canonicalAppServiceWorld(), QStringLiteral("func-demo")),
                QStringLiteral("canonical App Service"), seen);
        for (const QString &id : m_catalog.ids()) {
            const auto lab = m_catalog.find(id);
            {
                Lab::LabSession session(lab, m_registry, lab->defaultSeed);
                session.runCommand(session.resolve(lab->solution.join(QLatin1Char('\n'))));
                QVERIFY2(session.evaluation().allPassed(), qPrintable(id));
                collect(session.world().trace().events(), id + QStringLiteral(" solution"), seen);
            }
            const QDir golden(QStringLiteral(KEYLESS_SOURCE_DIR "/tests/lab/") + id);
            for (const QString &file : golden.entryList({QStringLiteral("wrong-*.sh")}, QDir::Files, QDir::Name)) {
                Lab::LabSession session(lab, m_registry, lab->defaultSeed);
                session.runCommand(session.resolve(readText(golden.filePath(file))));
                collect(session.world().trace().events(), id + QLatin1Char('/') + file, seen);
            }
        }
        QFile golden(QStringLiteral(KEYLESS_SOURCE_DIR "/tests/sim/golden/func_cosmos_keyvault.json"));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QList<Sim::TraceEvent> events;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(golden.readAll()).object().value(QStringLiteral("trace")).toArray())
            events << Sim::TraceEvent::fromJson(v.toObject());
        QVERIFY(!events.isEmpty());
        collect(events, QStringLiteral("tests/sim/golden/func_cosmos_keyvault.json"), seen);
        QVERIFY2(seen.size() > 60, qPrintable(QString::number(seen.size())));

        QCOMPARE(m_translations.apply(QStringLiteral("de")), QStringLiteral("de"));
        QStringList untranslated;
        QStringList translatedAnyway;
        int narration = 0;
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            const QString german = SimNarration::translated(it.key());
            if (staysEnglish(it.key())) {
                if (german != it.key())
                    translatedAnyway << it.key();
            } else if (german == it.key()) {
                untranslated << QStringLiteral("%1\n    (%2)").arg(it.key(), it.value());
            } else {
                ++narration;
            }
        }
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QStringLiteral("no template for:\n") + untranslated.join(QLatin1Char('\n'))));
        QVERIFY2(translatedAnyway.isEmpty(), qPrintable(translatedAnyway.join(QLatin1Char('\n'))));
        QVERIFY2(narration > 40, qPrintable(QString::number(narration)));
    }

    // Every template has a German and a Spanish wording that keeps its placeholders.
    void everyTemplateIsTranslated()
    {
        const QStringList templates = SimNarration::templates();
        QVERIFY(templates.size() > 100);
        static const QRegularExpression placeholder(QStringLiteral("%\\d"));
        for (const char *language : {"de", "es"}) {
            QCOMPARE(m_translations.apply(QLatin1String(language)), QLatin1String(language));
            for (const QString &source : templates) {
                const QString wording =
                    QCoreApplication::translate("Keyless::Ui::Labs::SimNarration", source.toUtf8().constData());
                QVERIFY2(wording != source, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(language), source)));
                QStringList want, got;
                for (auto it = placeholder.globalMatch(source); it.hasNext();)
                    want << it.next().captured();
                for (auto it = placeholder.globalMatch(wording); it.hasNext();)
                    got << it.next().captured();
                want.sort();
                got.sort();
                QCOMPARE(got, want);
            }
        }
    }

    // The inspector follows a language switch: the canonical run's hops tell their story in German, the
    // decision too, and in English again after switching back. Before, they stayed English in every language.
    void inspectorNarrationFollowsTheLanguage()
    {
        UiState ui;
        ui.setAnimationSpeed(1e6);
        FlowView view(&ui);
        view.setTraceSource(&canonicalAppServiceFlow);
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        int answer = -1;
        int decision = -1;
        for (int i = 0; i < view.trace().events.size(); ++i) {
            if (view.trace().events.at(i).explanation ==
                QLatin1String("No identity selector: the system-assigned identity."))
                answer = i;
            if (view.trace().events.at(i).decision.present)
                decision = i;
        }
        QVERIFY(answer >= 0);
        QVERIFY(decision >= 0);
        view.player()->goTo(answer);
        QLabel *summary = view.inspector()->summary();
        QVERIFY2(summary->text().contains(QLatin1String("No identity selector: the system-assigned identity.")),
                 qPrintable(summary->text()));

        QCOMPARE(m_translations.apply(QStringLiteral("de")), QStringLiteral("de"));
        QTRY_VERIFY2(summary->text().contains(QStringLiteral("Keine Identitätsauswahl: die systemseitig zugewiesene "
                                                             "Identität.")),
                     qPrintable(summary->text()));
        QCOMPARE(view.player()->step(), answer);
        view.player()->goTo(decision);
        // Shown to the learner, the decision starts as a sentence (the simulator logs "allowed: …").
        QVERIFY2(summary->text().contains(QLatin1String("Zugelassen: Key Vault Secrets User auf kv-demo erlaubt "
                                                        "Microsoft.KeyVault/vaults/secrets/getSecret/action")),
                 qPrintable(summary->text()));
        const QString decisionHtml = view.inspector()->decisionView()->toPlainText();
        QVERIFY2(decisionHtml.contains(QLatin1String("Ausgewertet von AzureRBAC. Zugelassen: Key Vault Secrets User "
                                                     "auf kv-demo erlaubt")),
                 qPrintable(decisionHtml));
        QVERIFY2(decisionHtml.contains(QLatin1String(": Key Vault Secrets User auf kv-demo erlaubt")),
                 qPrintable(decisionHtml));

        QCOMPARE(m_translations.apply(QStringLiteral("en")), QStringLiteral("en"));
        QTRY_VERIFY2(summary->text().contains(QLatin1String("Allowed: Key Vault Secrets User at kv-demo allows "
                                                            "Microsoft.KeyVault/vaults/secrets/getSecret/action")),
                     qPrintable(summary->text()));
        view.player()->goTo(answer);
        QVERIFY2(summary->text().contains(QLatin1String("No identity selector: the system-assigned identity.")),
                 qPrintable(summary->text()));
    }

private:
    Translations m_translations;
    Lab::CheckRegistry m_registry = Lab::CheckRegistry::builtIn();
    Lab::LabCatalog m_catalog{m_registry};
};

QTEST_MAIN(TestSimNarration)
#include "tst_simnarration.moc"
