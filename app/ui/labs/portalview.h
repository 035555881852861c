#pragma once

#include <QDialog>
#include <QWidget>

#include <functional>

class QCheckBox;
class QRadioButton;
class QComboBox;
class QFormLayout;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;
class QTableWidget;

namespace Keyless::Sim {
class World;
struct Resource;
} // namespace Keyless::Sim

namespace Keyless::Ui::Labs {

// "Add role assignment" as the portal does it: role → members → review. The review page shows the az
// command that Assign will run; commandText() is that command.
class AddRoleAssignmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddRoleAssignmentDialog)

public:
    AddRoleAssignmentDialog(const Sim::World &world, const QString &scope, QWidget *parent = nullptr);

    QListWidget *roleList() const { return m_roles; }
    QListWidget *memberList() const { return m_members; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *assignButton() const { return m_assign; }
    int page() const;
    QString commandText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void updateReview();

    QString m_scope;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_roleNote = nullptr;
    QLabel *m_memberNote = nullptr;
    QListWidget *m_roles = nullptr;
    QLineEdit *m_roleFilter = nullptr;
    QListWidget *m_members = nullptr;
    QTextBrowser *m_review = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_cancel = nullptr;
};

// A portal-like view of the lab's world: the resource tree and, for the selected resource, its blades
// (Overview, Identity, Access control (IAM), Configuration, Secrets, Containers, Items). Nothing here
// changes the world directly: every action becomes its az command and goes to `executor`, which runs it
// in the console (so the learner sees the CLI and the command log stays one list); then refresh().
class PortalView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalView)

public:
    using Executor = std::function<void(const QString &command)>;

    explicit PortalView(QWidget *parent = nullptr);

    void setExecutor(Executor executor) { m_executor = std::move(executor); }
    // Shows `world` (not owned; must stay valid until the next setWorld); keeps the selection by name.
    void setWorld(const Sim::World *world);
    void refresh();
    bool selectResource(const QString &name);
    QString currentResourceName() const;

    QTreeWidget *resourceTree() const { return m_tree; }
    QTabWidget *blades() const { return m_blades; }
    // The portal's Status switch (Off | On) of the system-assigned identity: this is its On side.
    QRadioButton *systemAssignedSwitch() const { return m_systemAssigned; }
    QPushButton *identitySaveButton() const { return m_identitySave; }
    QListWidget *userAssignedList() const { return m_userAssigned; }
    QTreeWidget *roleAssignmentList() const { return m_roleAssignments; }
    QPushButton *addRoleAssignmentButton() const { return m_addRole; }
    QTableWidget *appSettingsTable() const { return m_settings; }
    QLineEdit *settingNameEdit() const { return m_settingName; }
    QLineEdit *settingValueEdit() const { return m_settingValue; }
    QPushButton *addSettingButton() const { return m_addSetting; }
    QPushButton *deleteSettingButton() const { return m_deleteSetting; }
    AddRoleAssignmentDialog *roleDialog() const { return m_roleDialog; }
    // Cosmos DB data-plane role (Cosmos RBAC is separate from Azure RBAC).
    QComboBox *cosmosRoleBox() const { return m_cosmosRole; }
    QComboBox *cosmosScopeBox() const { return m_cosmosScope; }
    QComboBox *cosmosMemberBox() const { return m_cosmosMember; }
    QPushButton *cosmosAssignButton() const { return m_cosmosAssign; }
    QCheckBox *localAuthSwitch() const { return m_disableLocalAuth; }
    QTreeWidget *secretList() const { return m_secrets; }
    QTreeWidget *containerList() const { return m_containers; }
    QTreeWidget *cosmosItemList() const { return m_items; }

    // The az group of a resource's commands ("functionapp", "webapp", "vm", …).
    static QString azGroup(const Sim::Resource &resource);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void retranslateWorld();
    void placeSettingButtons();
    void run(const QString &command);
    void showResource(const Sim::Resource *resource);
    QWidget *buildOverview();
    QWidget *buildIdentity();
    QWidget *buildIam();
    QWidget *buildConfiguration();
    QWidget *buildKeyVault();
    QWidget *buildStorage();
    QWidget *buildCosmos();
    const Sim::Resource *current() const;
    void fitResourceTree();
    void saveIdentity();
    void openRoleDialog();

    const Sim::World *m_world = nullptr;
    Executor m_executor;
    QString m_currentId;
    QTreeWidget *m_tree = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_splitterMoved = false; // by the user: from then on the tree keeps the width they chose
    QTabWidget *m_blades = nullptr;
    QWidget *m_overviewPage = nullptr;
    QWidget *m_identityPage = nullptr;
    QWidget *m_iamPage = nullptr;
    QWidget *m_configPage = nullptr;
    QWidget *m_vaultPage = nullptr;
    QWidget *m_storagePage = nullptr;
    QWidget *m_cosmosPage = nullptr;
    QTextBrowser *m_overview = nullptr;
    QLabel *m_systemAssignedNote = nullptr;
    QLabel *m_systemAssignedStatus = nullptr;
    QRadioButton *m_systemAssignedOff = nullptr;
    QRadioButton *m_systemAssigned = nullptr; // On
    void setSystemAssignedSwitch(bool on);
    void updateIdentitySave();
    QLabel *m_principalLabel = nullptr;
    QPushButton *m_identitySave = nullptr;
    QLabel *m_userAssignedNote = nullptr;
    QListWidget *m_userAssigned = nullptr;
    QComboBox *m_uamiBox = nullptr;
    QPushButton *m_addUami = nullptr;
    QTreeWidget *m_roleAssignments = nullptr;
    QPushButton *m_addRole = nullptr;
    QLabel *m_settingsNote = nullptr;
    QLabel *m_settingNameProblem = nullptr; // why the name in the field was not added
    QTableWidget *m_settings = nullptr;
    QLineEdit *m_settingName = nullptr;
    QLineEdit *m_settingValue = nullptr;
    QPushButton *m_addSetting = nullptr;
    QPushButton *m_deleteSetting = nullptr;
    QGridLayout *m_settingsEdit = nullptr;    // the name and value fields and the buttons' row
    QHBoxLayout *m_settingsButtons = nullptr; // Add / update and Delete selected
    int m_settingsRows = 0;                   // how many rows they take now (1 to 3)
    QLabel *m_rbacModeLabel = nullptr;
    QRadioButton *m_rbacMode = nullptr;
    QRadioButton *m_accessPolicyMode = nullptr;
    QLabel *m_rbacModeText = nullptr; // the choices' wrapping texts
    QLabel *m_accessPolicyModeText = nullptr;
    QTreeWidget *m_secrets = nullptr;
    QCheckBox *m_sharedKey = nullptr;
    QTreeWidget *m_containers = nullptr;
    QCheckBox *m_disableLocalAuth = nullptr;
    QTreeWidget *m_items = nullptr;
    QLabel *m_cosmosRoleNote = nullptr;
    QFormLayout *m_cosmosForm = nullptr;
    QComboBox *m_cosmosRole = nullptr;
    QComboBox *m_cosmosScope = nullptr;
    QComboBox *m_cosmosMember = nullptr;
    QPushButton *m_cosmosAssign = nullptr;
    AddRoleAssignmentDialog *m_roleDialog = nullptr;
    bool m_updating = false;
};

} // namespace Keyless::Ui::Labs
