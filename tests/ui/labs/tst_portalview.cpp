// The portal's data blades read as the signed-in learner, as the real portal does: a secret, a blob or an item the
// console refuses the learner is not listed in the portal either (QA: the Secrets blade listed a vault's secrets and
// Data Explorer its items while `az keyvault secret list` answered 403 ForbiddenByRbac).
#include "shell/session.h"
#include "sim/world.h"
#include "ui/labs/portalview.h"

#include <QTest>
#include <QTreeWidget>

using namespace Keyless;
using namespace Keyless::Ui::Labs;

class TestPortalView final : public QObject
{
    Q_OBJECT

private slots:
    void dataBladesShowWhatTheLearnerMayRead_data();
    void dataBladesShowWhatTheLearnerMayRead();
};

namespace {
// A vault with one secret the learner no longer has a data role for; a Cosmos DB account with one container and key
// authentication off; a storage account with one container and shared keys off. The learner is Owner of all.
const char *const world = R"(az group create -n rg1 -l eastus -o none
ME=$(az ad signed-in-user show --query id -o tsv)
az keyvault create -n kv1 -g rg1 -o none
KV=$(az keyvault show -n kv1 --query id -o tsv)
az role assignment create --assignee-object-id $ME --assignee-principal-type User --role "Key Vault Secrets Officer" --scope $KV -o none
sleep 600
az keyvault secret set --vault-name kv1 -n db-password --value x -o none
az role assignment delete --assignee $ME --scope $KV
az cosmosdb create -n cos1 -g rg1 --disable-local-auth true -o none
az cosmosdb sql database create -a cos1 -g rg1 -n shop -o none
az cosmosdb sql container create -a cos1 -g rg1 -d shop -n orders -p /id -o none
az storage account create -n st1 -g rg1 --allow-shared-key-access false -o none
az storage container create --account-name st1 -n c1 --auth-mode login -o none
)";

// The rows that stand in for what the learner may not read: Key Vault's own words, then the simulator's.
const QStringList &denials()
{
    static const QStringList texts{QStringLiteral("You are unauthorized to view these contents."),
                                   QStringLiteral("Items not shown: you have no permission to read them."),
                                   QStringLiteral("Blobs not shown: you have no permission to list them.")};
    return texts;
}

// The texts of every row of `tree`, depth first.
QStringList rows(const QTreeWidget *tree)
{
    QStringList out;
    const std::function<void(const QTreeWidgetItem *)> walk = [&](const QTreeWidgetItem *item) {
        out << item->text(0);
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i));
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i));
    return out;
}
} // namespace

void TestPortalView::dataBladesShowWhatTheLearnerMayRead_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("then"); // commands run after the world is built
    QTest::addColumn<QString>("notShown");
    QTest::addColumn<QString>("shown"); // a row that is there, or ""
    const QString vaultDenied = denials().at(0);
    const QString itemsDenied = denials().at(1);
    const QString blobsDenied = denials().at(2);
    QTest::newRow("vault, Owner only") << "kv1"
                                       << "" << vaultDenied << "";
    QTest::newRow("vault, Secrets User")
        << "kv1"
        << "az role assignment create --assignee-object-id $ME --assignee-principal-type User --role \"Key Vault "
           "Secrets User\" --scope $KV -o none\nsleep 600"
        << ""
        << "db-password";
    QTest::newRow("vault, role still propagating")
        << "kv1"
        << "az role assignment create --assignee-object-id $ME --assignee-principal-type User --role \"Key Vault "
           "Secrets User\" --scope $KV -o none"
        << vaultDenied << "";
    QTest::newRow("cosmos, keys off, no data role") << "cos1"
                                                    << "" << itemsDenied << "orders";
    QTest::newRow("cosmos, keys off, Data Reader")
        << "cos1"
        << "az cosmosdb sql role assignment create -a cos1 -g rg1 --role-definition-name \"Cosmos DB Built-in Data "
           "Reader\" --scope / --principal-id $ME -o none\nsleep 600"
        << ""
        << "orders";
    QTest::newRow("cosmos, keys on") << "cos1"
                                     << "az cosmosdb update -n cos1 -g rg1 --disable-local-auth false -o none"
                                     << ""
                                     << "orders";
    QTest::newRow("storage, shared key off") << "st1"
                                             << "" << blobsDenied << "c1";
    QTest::newRow("storage, shared key on")
        << "st1"
        << "az storage account update -n st1 -g rg1 --allow-shared-key-access true -o none"
        << ""
        << "c1";
}

void TestPortalView::dataBladesShowWhatTheLearnerMayRead()
{
    QFETCH(QString, resource);
    QFETCH(QString, then);
    QFETCH(QString, notShown);
    QFETCH(QString, shown);
    Sim::World simWorld;
    Shell::Session session(simWorld);
    const Shell::RunResult built = session.run(QString::fromUtf8(world) + then);
    QVERIFY2(built.exitStatus == 0, qPrintable(built.text()));

    PortalView portal;
    portal.setWorld(&simWorld);
    QVERIFY(portal.selectResource(resource));
    const QTreeWidget *tree = resource == QLatin1String("kv1")    ? portal.secretList()
                              : resource == QLatin1String("cos1") ? portal.cosmosItemList()
                                                                  : portal.containerList();
    const QStringList texts = rows(tree);
    if (notShown.isEmpty()) {
        for (const QString &denial : denials())
            QVERIFY2(!texts.contains(denial), qPrintable(texts.join(QLatin1Char('|'))));
    } else {
        QVERIFY2(texts.contains(notShown), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(!texts.contains(QStringLiteral("db-password")), qPrintable(texts.join(QLatin1Char('|'))));
    }
    if (!shown.isEmpty())
        QVERIFY2(texts.contains(shown), qPrintable(texts.join(QLatin1Char('|'))));
}

QTEST_MAIN(TestPortalView)
#include "tst_portalview.moc"
