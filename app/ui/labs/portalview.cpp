#include "ui/labs/portalview.h"

#include "sim/authorization.h"
#include "sim/portalaccess.h"
#include "sim/resource.h"
#include "sim/roleassignment.h"
#include "sim/roledefinition.h"
#include "sim/world.h"
#include "ui/labs/combofit.h"
#include "ui/study/wordwrapdelegate.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTableWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Keyless::Ui::Labs {

namespace {

// A row saying what the portal does not show and why (in its tooltip), in place of data the learner may not read.
template <typename Parent> void addNotShownRow(Parent *parent, const QString &text, const QString &why)
{
    auto *row = new QTreeWidgetItem(parent, {text});
    row->setFirstColumnSpanned(true);
    row->setToolTip(0, why);
    row->setData(0, Qt::AccessibleDescriptionRole, why);
    row->setFlags(Qt::ItemIsEnabled);
    QFont font = row->font(0);
    font.setItalic(true);
    row->setFont(0, font);
}

// The text of a radio button that wraps: a radio button's own text stays on one line, and a long choice ("Control de
// acceso basado en roles de Azure (recomendado)") was cut at the blade's edge. A click on it chooses, as on the
// button's own text.
class ChoiceText final : public QLabel
{
public:
    ChoiceText(QRadioButton *button, QWidget *parent)
        : QLabel(parent)
        , m_button(button)
    {
        setWordWrap(true);
        setBuddy(button);
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QLabel::mouseReleaseEvent(event);
        if (m_button->isEnabled())
            m_button->click();
    }

private:
    QRadioButton *m_button;
};

// A radio button with its wrapping text beside it, added to `layout`; `text` is set to the text's label.
QRadioButton *addChoice(QWidget *page, QBoxLayout *layout, const QString &objectName, QLabel **text)
{
    auto *row = new QHBoxLayout;
    auto *button = new QRadioButton(page);
    button->setObjectName(objectName);
    *text = new ChoiceText(button, page);
    (*text)->setObjectName(objectName + QStringLiteral("Text"));
    row->addWidget(button, 0, Qt::AlignTop);
    row->addWidget(*text, 1);
    layout->addLayout(row);
    return button;
}

// A choice's text beside its button, and the button's accessible name (its own text is empty).
void setChoiceText(QRadioButton *button, QLabel *text, const QString &words)
{
    text->setText(words);
    button->setAccessibleName(words);
}

// A short table's columns as wide as their header and their texts (the default 100 px cut "Estado / permisos" and the
// secret names in presenter type); the last one takes the rest.
void fitColumnsToContents(QTreeWidget *tree)
{
    for (int column = 0; column + 1 < tree->columnCount(); ++column)
        tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
}

// Quotes a word for the console (bash rules) only when it needs it.
QString shellQuote(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// What a member of the role dialog is made of, besides its principal id (Qt::UserRole).
constexpr int ResourceNameRole = Qt::UserRole + 1;
constexpr int SystemAssignedRole = Qt::UserRole + 2;

struct Identity {
    QString resourceName; // the app, VM or user-assigned identity
    bool systemAssigned = false;
    QString principalId;

    // "func1 (system-assigned)", in the current language.
    QString name() const
    {
        return (systemAssigned ? QCoreApplication::translate("Keyless::Ui::Labs::PortalView", "%1 (system-assigned)")
                               : QCoreApplication::translate("Keyless::Ui::Labs::PortalView", "%1 (user-assigned)"))
            .arg(resourceName);
    }
};

QList<Identity> managedIdentities(const Sim::World &world)
{
    QList<Identity> list;
    const QList<const Sim::Resource *> resources = world.resources();
    for (const Sim::Resource *r : resources) {
        if (r->isCompute() && r->identity.systemAssigned && !r->identity.principalId.isEmpty())
            list << Identity{r->name, true, r->identity.principalId};
        if (r->isUserAssignedIdentity() && !r->principalId.isEmpty())
            list << Identity{r->name, false, r->principalId};
    }
    return list;
}

// Where an item view is: the current row (as a path of rows from the top, for a view whose rows are made
// again) and the scroll position.
struct ViewPlace {
    QList<int> rows;
    int horizontal = 0;
    int vertical = 0;
};

ViewPlace placeOf(const QAbstractItemView *view)
{
    ViewPlace place;
    for (QModelIndex index = view->currentIndex(); index.isValid(); index = index.parent())
        place.rows.prepend(index.row());
    place.horizontal = view->horizontalScrollBar()->value();
    place.vertical = view->verticalScrollBar()->value();
    return place;
}

void restorePlace(QAbstractItemView *view, const ViewPlace &place, bool current)
{
    if (current && !place.rows.isEmpty()) {
        QModelIndex index;
        for (const int row : place.rows)
            index = view->model()->index(row, 0, index);
        if (index.isValid())
            view->setCurrentIndex(index);
    }
    view->doItemsLayout(); // the scroll ranges of the new rows, which a view otherwise works out later
    view->horizontalScrollBar()->setValue(place.horizontal);
    view->verticalScrollBar()->setValue(place.vertical);
}

QString principalName(const Sim::World &world, const QString &principalId)
{
    for (const Identity &i : managedIdentities(world)) {
        if (i.principalId == principalId)
            return i.name();
    }
    if (const Sim::Principal *p = world.principal(principalId))
        return p->displayName.isEmpty() ? principalId : p->displayName;
    return QCoreApplication::translate("Keyless::Ui::Labs::PortalView", "Identity not found (%1)").arg(principalId);
}

// The overview says in words which identities an app has; the raw type ("SystemAssigned, UserAssigned") is what
// the console's JSON shows.
QString identityLabel(const Sim::IdentityBlock &identity)
{
    const int users = int(identity.userAssigned.size());
    if (identity.systemAssigned && users > 0)
        return QCoreApplication::translate("Keyless::Ui::Labs::PortalView",
                                           "System-assigned identity and %n user-assigned identity(s)", nullptr, users);
    if (identity.systemAssigned)
        return QCoreApplication::translate("Keyless::Ui::Labs::PortalView", "System-assigned identity");
    if (users > 0)
        return QCoreApplication::translate("Keyless::Ui::Labs::PortalView", "%n user-assigned identity(s)", nullptr,
                                           users);
    return QCoreApplication::translate("Keyless::Ui::Labs::PortalView", "None (no managed identity)");
}

QString typeLabel(const Sim::Resource &r)
{
    if (r.isFunctionApp())
        return QCoreApplication::translate("Keyless::Ui::Labs::PortalView", "Function App");
    if (r.isSite())
        return QCoreApplication::translate("Keyless::Ui::Labs::PortalView", "App Service");
    if (r.isVirtualMachine())
        return QCoreApplication::translate("Keyless::Ui::Labs::PortalView", "Virtual machine");
    if (r.isKeyVault())
        return QCoreApplication::translate("Keyless::Ui::Labs::PortalView", "Key vault");
    if (r.isStorageAccount())
        return QCoreApplication::translate("Keyless::Ui::Labs::PortalView", "Storage account");
    if (r.isCosmosAccount())
        return QCoreApplication::translate("Keyless::Ui::Labs::PortalView", "Azure Cosmos DB account");
    if (r.isUserAssignedIdentity())
        return QCoreApplication::translate("Keyless::Ui::Labs::PortalView", "Managed Identity");
    return r.type;
}

} // namespace

// ---------------------------------------------------------------------------------------------------

AddRoleAssignmentDialog::AddRoleAssignmentDialog(const Sim::World &world, const QString &scope, QWidget *parent)
    : QDialog(parent)
    , m_scope(scope)
{
    setObjectName(QStringLiteral("addRoleAssignmentDialog"));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    auto *rolePage = new QWidget(m_pages);
    auto *roleLayout = new QVBoxLayout(rolePage);
    m_roleNote = new QLabel(rolePage);
    m_roleNote->setWordWrap(true);
    roleLayout->addWidget(m_roleNote);
    m_roleFilter = new QLineEdit(rolePage);
    roleLayout->addWidget(m_roleFilter);
    m_roles = new QListWidget(rolePage);
    m_roles->setObjectName(QStringLiteral("roleList"));
    const QList<Sim::RoleDefinition> definitions = world.authorization().definitions();
    for (const Sim::RoleDefinition &d : definitions) {
        auto *item = new QListWidgetItem(d.roleName, m_roles);
        item->setToolTip(d.description);
    }
    roleLayout->addWidget(m_roles, 1);
    m_pages->addWidget(rolePage);

    auto *memberPage = new QWidget(m_pages);
    auto *memberLayout = new QVBoxLayout(memberPage);
    m_memberNote = new QLabel(memberPage);
    m_memberNote->setWordWrap(true);
    memberLayout->addWidget(m_memberNote);
    m_members = new QListWidget(memberPage);
    m_members->setObjectName(QStringLiteral("memberList"));
    for (const Identity &i : managedIdentities(world)) {
        auto *item = new QListWidgetItem(m_members);
        item->setData(Qt::UserRole, i.principalId);
        item->setData(ResourceNameRole, i.resourceName);
        item->setData(SystemAssignedRole, i.systemAssigned);
    }
    memberLayout->addWidget(m_members, 1);
    m_pages->addWidget(memberPage);

    auto *reviewPage = new QWidget(m_pages);
    auto *reviewLayout = new QVBoxLayout(reviewPage);
    m_review = new QTextBrowser(reviewPage);
    reviewLayout->addWidget(m_review);
    m_pages->addWidget(reviewPage);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_assign = new QPushButton(this);
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_cancel = new QPushButton(this);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_assign);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    connect(m_roleFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_roles->count(); ++i)
            m_roles->item(i)->setHidden(!m_roles->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    connect(m_roles, &QListWidget::currentRowChanged, this, &AddRoleAssignmentDialog::updateButtons);
    connect(m_members, &QListWidget::currentRowChanged, this, &AddRoleAssignmentDialog::updateButtons);
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(qMax(0, m_pages->currentIndex() - 1));
        updateButtons();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(qMin(2, m_pages->currentIndex() + 1));
        updateReview();
        updateButtons();
    });
    connect(m_assign, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    resize(560, 460);
    retranslate();
    updateButtons();
}

void AddRoleAssignmentDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

// Role names and descriptions are Azure's and stay English, as in the portal.
void AddRoleAssignmentDialog::retranslate()
{
    setWindowTitle(tr("Add role assignment"));
    m_roleNote->setText(tr("<b>Role</b> — what the member may do. Data roles (e.g. Storage Blob Data "
                           "Reader) grant data actions; Owner, Contributor and Reader do not."));
    m_roleFilter->setPlaceholderText(tr("Search by role name"));
    m_memberNote->setText(tr("<b>Members</b> — assign access to a managed identity."));
    for (int i = 0; i < m_members->count(); ++i) {
        QListWidgetItem *item = m_members->item(i);
        const Identity identity{item->data(ResourceNameRole).toString(), item->data(SystemAssignedRole).toBool(),
                                item->data(Qt::UserRole).toString()};
        item->setText(identity.name());
        item->setToolTip(tr("Object (principal) ID: %1").arg(identity.principalId));
    }
    m_back->setText(tr("Previous"));
    m_next->setText(tr("Next"));
    m_assign->setText(tr("Review + assign"));
    m_cancel->setText(tr("Cancel"));
    updateReview();
}

void AddRoleAssignmentDialog::updateReview()
{
    if (m_pages->currentIndex() != 2 || !m_roles->currentItem() || !m_members->currentItem())
        return;
    m_review->setHtml(tr("<p><b>Role:</b> %1<br><b>Member:</b> %2<br><b>Scope:</b> %3</p>"
                         "<p>The portal runs:</p><pre>%4</pre>")
                          .arg(m_roles->currentItem()->text().toHtmlEscaped(),
                               m_members->currentItem()->text().toHtmlEscaped(), m_scope.toHtmlEscaped(),
                               commandText().toHtmlEscaped()));
}

int AddRoleAssignmentDialog::page() const
{
    return m_pages->currentIndex();
}

QString AddRoleAssignmentDialog::commandText() const
{
    if (!m_roles->currentItem() || !m_members->currentItem())
        return {};
    return QStringLiteral("az role assignment create --assignee-object-id %1 --assignee-principal-type "
                          "ServicePrincipal --role %2 --scope %3")
        .arg(m_members->currentItem()->data(Qt::UserRole).toString(), shellQuote(m_roles->currentItem()->text()),
             shellQuote(m_scope));
}

void AddRoleAssignmentDialog::updateButtons()
{
    const int page = m_pages->currentIndex();
    m_back->setEnabled(page > 0);
    m_next->setVisible(page < 2);
    m_assign->setVisible(page == 2);
    m_next->setEnabled((page == 0 && m_roles->currentItem()) || (page == 1 && m_members->currentItem()));
}

// ---------------------------------------------------------------------------------------------------

PortalView::PortalView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("portalView"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("resourceTree"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(true);
    // Names in full on one line; the type takes the rest and wraps between words ("Azure Cosmos DB account"),
    // so both columns show their whole text in a narrow pane and in presenter type.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    Study::WordWrapDelegate::install(m_tree);
    splitter->addWidget(m_tree);
    m_blades = new QTabWidget(splitter);
    m_blades->setObjectName(QStringLiteral("blades"));
    m_blades->setDocumentMode(true);
    splitter->addWidget(m_blades);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({240, 600});
    layout->addWidget(splitter);
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });

    m_overviewPage = buildOverview();
    m_identityPage = buildIdentity();
    m_iamPage = buildIam();
    m_configPage = buildConfiguration();
    m_vaultPage = buildKeyVault();
    m_storagePage = buildStorage();
    m_cosmosPage = buildCosmos();
    // A blade is a child of the portal, not of the tab widget, while no selected resource has it: hidden,
    // or it draws over the top-left corner of the portal (a second tree header over the resource tree).
    for (QWidget *page :
         {m_overviewPage, m_identityPage, m_iamPage, m_configPage, m_vaultPage, m_storagePage, m_cosmosPage})
        page->hide();

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_updating)
            return;
        m_currentId = item ? item->data(0, Qt::UserRole).toString() : QString();
        showResource(current());
    });
    retranslate();
}

QString PortalView::azGroup(const Sim::Resource &resource)
{
    if (resource.isFunctionApp())
        return QStringLiteral("functionapp");
    if (resource.isSite())
        return QStringLiteral("webapp");
    if (resource.isVirtualMachine())
        return QStringLiteral("vm");
    if (resource.isKeyVault())
        return QStringLiteral("keyvault");
    if (resource.isStorageAccount())
        return QStringLiteral("storage account");
    if (resource.isCosmosAccount())
        return QStringLiteral("cosmosdb");
    if (resource.isUserAssignedIdentity())
        return QStringLiteral("identity");
    return QStringLiteral("resource");
}

void PortalView::run(const QString &command)
{
    if (m_executor)
        m_executor(command);
    refresh();
}

const Sim::Resource *PortalView::current() const
{
    return m_world && !m_currentId.isEmpty() ? m_world->resource(m_currentId) : nullptr;
}

QString PortalView::currentResourceName() const
{
    const Sim::Resource *r = current();
    return r ? r->name : QString();
}

void PortalView::setWorld(const Sim::World *world)
{
    m_world = world;
    refresh();
}

bool PortalView::selectResource(const QString &name)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->text(0).compare(name, Qt::CaseInsensitive) == 0 && !(*it)->data(0, Qt::UserRole).isNull()) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void PortalView::refresh()
{
    m_updating = true;
    m_tree->clear();
    QTreeWidgetItem *selected = nullptr;
    if (m_world) {
        QHash<QString, QTreeWidgetItem *> groups;
        const QList<const Sim::Resource *> resources = m_world->resources();
        for (const Sim::Resource *r : resources) {
            QTreeWidgetItem *group = groups.value(r->resourceGroup);
            if (!group) {
                group = new QTreeWidgetItem(m_tree, {r->resourceGroup, tr("Resource group")});
                group->setExpanded(true);
                groups.insert(r->resourceGroup, group);
            }
            auto *item = new QTreeWidgetItem(group, {r->name, typeLabel(*r)});
            item->setData(0, Qt::UserRole, r->id);
            item->setToolTip(0, r->id);
            if (r->id == m_currentId)
                selected = item;
        }
        m_tree->expandAll();
    }
    fitResourceTree();
    if (selected)
        m_tree->setCurrentItem(selected);
    else
        m_currentId.clear();
    m_updating = false;
    showResource(current());
}

void PortalView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitResourceTree();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
}

// The texts of the portal itself. What comes from the simulated world (names, ids, settings, JSON, role
// names) is Azure's and stays as it is.
void PortalView::retranslate()
{
    m_tree->setHeaderLabels({tr("Resource"), tr("Type")});
    m_tree->setAccessibleName(tr("Resources"));
    m_overview->setAccessibleName(tr("Overview"));
    m_systemAssignedNote->setText(tr("<b>System assigned</b> — tied to this resource: created with it, deleted "
                                     "with it, one per resource."));
    m_systemAssignedStatus->setText(tr("Status:"));
    m_systemAssignedOff->setText(tr("Off"));
    m_systemAssigned->setText(tr("On"));
    m_systemAssignedOff->setAccessibleName(tr("System-assigned identity: Off"));
    m_systemAssigned->setAccessibleName(tr("System-assigned identity: On"));
    m_identitySave->setText(tr("Save"));
    m_userAssignedNote->setText(tr("<b>User assigned</b> — identities that live on their own and can be shared."));
    m_addUami->setText(tr("Add"));
    m_addRole->setText(tr("Add role assignment"));
    m_roleAssignments->setHeaderLabels({tr("Role"), tr("Member"), tr("Where"), tr("Scope")});
    m_settingsNote->setText(tr("<b>Application settings</b> — environment variables of the app. A key or a "
                               "connection string here is a secret to get rid of."));
    m_settings->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_settingName->setPlaceholderText(tr("Name"));
    m_settingValue->setPlaceholderText(tr("Value"));
    m_addSetting->setText(tr("Add / update"));
    m_deleteSetting->setText(tr("Delete selected"));
    placeSettingButtons();
    m_rbacModeLabel->setText(tr("Permission model:"));
    setChoiceText(m_rbacMode, m_rbacModeText, tr("Azure role-based access control (recommended)"));
    setChoiceText(m_accessPolicyMode, m_accessPolicyModeText, tr("Vault access policy"));
    m_secrets->setHeaderLabels({tr("Name"), tr("Status / permissions"), tr("Versions")});
    m_sharedKey->setText(tr("Allow storage account key access"));
    m_containers->setHeaderLabels({tr("Name"), tr("Size")});
    m_disableLocalAuth->setText(tr("Disable key-based (local) authentication"));
    m_items->setHeaderLabels({tr("Name"), tr("Content")});
    m_cosmosRoleNote->setText(tr("<b>Data-plane role assignment</b> — Cosmos DB has its own RBAC, separate from "
                                 "Access control (IAM)."));
    m_cosmosRole->setItemText(0, tr("Cosmos DB Built-in Data Reader"));
    m_cosmosRole->setItemText(1, tr("Cosmos DB Built-in Data Contributor"));
    m_cosmosAssign->setText(tr("Assign data role"));
    const std::pair<QWidget *, QString> formLabels[] = {
        {m_cosmosRole, tr("Role")}, {m_cosmosScope, tr("Scope")}, {m_cosmosMember, tr("Member")}};
    for (const auto &[field, text] : formLabels) {
        if (auto *label = qobject_cast<QLabel *>(m_cosmosForm->labelForField(field)))
            label->setText(text);
    }
    if (m_world)
        retranslateWorld();
}

// The tree and the blades say what they show of the world partly in the interface language, so they are made
// again from the world. What the learner chose or set up and has not applied yet stays: the blade, the rows,
// the scroll positions, the identity switch before Save, and the identity, scope and member picked.
void PortalView::retranslateWorld()
{
    const bool systemAssigned = m_systemAssigned->isChecked();
    const QString uami = m_uamiBox->currentData().toString();
    const QString cosmosScope = m_cosmosScope->currentData().toString();
    const QString cosmosMember = m_cosmosMember->currentData().toString();
    const int overviewScroll = m_overview->verticalScrollBar()->value();
    const QList<QAbstractItemView *> views{m_tree,       m_userAssigned, m_roleAssignments, m_settings, m_secrets,
                                           m_containers, m_items};
    QList<ViewPlace> places;
    for (const QAbstractItemView *view : views)
        places << placeOf(view);
    refresh();
    setSystemAssignedSwitch(systemAssigned);
    for (const auto &[box, data] :
         {std::pair{m_uamiBox, uami}, std::pair{m_cosmosScope, cosmosScope}, std::pair{m_cosmosMember, cosmosMember}}) {
        if (const int index = box->findData(data); index >= 0)
            box->setCurrentIndex(index);
    }
    // The resource tree found its row by id already; a new current row of the settings table would overwrite
    // the name and value being typed.
    for (qsizetype i = 0; i < views.size(); ++i)
        restorePlace(views.at(i), places.at(i), views.at(i) != m_tree && views.at(i) != m_settings);
    m_overview->verticalScrollBar()->setValue(overviewScroll);
}

void PortalView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitResourceTree();
}

// The Type column is never narrower than its longest word (a word is not wrapped, it would be cut), and
// until the user drags the splitter the tree is as wide as both columns need unwrapped, up to 45 % of the portal.
bool PortalView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_configPage && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        placeSettingButtons();
    return QWidget::eventFilter(watched, event);
}

// The name and the value keep room to be typed in (16 and 24 characters). When the blade is too narrow for them and
// the buttons in one row, the buttons go below them, and when it is too narrow for both fields side by side, each
// field gets a row. The longer Spanish labels ("Eliminar la selección") squeezed the fields to 85 and 130 px.
void PortalView::placeSettingButtons()
{
    const int charWidth = m_settingName->fontMetrics().averageCharWidth();
    m_settingName->setMinimumWidth(16 * charWidth);
    m_settingValue->setMinimumWidth(24 * charWidth);
    const QMargins margins = m_configPage->layout()->contentsMargins();
    const int available = m_configPage->width() - margins.left() - margins.right();
    const int spacing = std::max(0, m_settingsEdit->horizontalSpacing());
    const int fields = m_settingName->minimumWidth() + spacing + m_settingValue->minimumWidth();
    const int buttons = m_addSetting->sizeHint().width() + spacing + m_deleteSetting->sizeHint().width();
    const int rows = available >= fields + spacing + buttons ? 1 : available >= fields ? 2 : 3;
    if (rows == m_settingsRows)
        return;
    m_settingsRows = rows;
    m_settingsEdit->removeWidget(m_settingName);
    m_settingsEdit->removeWidget(m_settingValue);
    m_settingsEdit->removeItem(m_settingsButtons);
    m_settingsButtons->setParent(nullptr); // else adding it again warns that it has a parent
    for (int column = 0; column < 3; ++column)
        m_settingsEdit->setColumnStretch(column, 0);
    if (rows == 3) {
        m_settingsEdit->addWidget(m_settingName, 0, 0);
        m_settingsEdit->addWidget(m_settingValue, 1, 0);
        m_settingsEdit->addLayout(m_settingsButtons, 2, 0);
        m_settingsEdit->setColumnStretch(0, 1);
        return;
    }
    m_settingsEdit->addWidget(m_settingName, 0, 0);
    m_settingsEdit->addWidget(m_settingValue, 0, 1);
    m_settingsEdit->setColumnStretch(0, 2);
    m_settingsEdit->setColumnStretch(1, 3);
    if (rows == 1)
        m_settingsEdit->addLayout(m_settingsButtons, 0, 2);
    else
        m_settingsEdit->addLayout(m_settingsButtons, 1, 0, 1, 2);
}

void PortalView::fitResourceTree()
{
    const QFontMetrics metrics(m_tree->font());
    const int margins = 2 * (m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 1);
    int longestWord = metrics.horizontalAdvance(m_tree->headerItem()->text(1));
    int longestType = longestWord;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QStringList words = (*it)->text(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words)
            longestWord = std::max(longestWord, metrics.horizontalAdvance(word));
        longestType = std::max(longestType, metrics.horizontalAdvance((*it)->text(1)));
    }
    m_tree->header()->setMinimumSectionSize(longestWord + margins);
    // QTreeView hides sizeHintForColumn (protected); the item view's public one is the same function.
    const int names = static_cast<const QAbstractItemView *>(m_tree)->sizeHintForColumn(0);
    const int chrome = 2 * m_tree->frameWidth() + m_tree->verticalScrollBar()->sizeHint().width();
    // Never narrower than the names and the longest word of a type: the splitter squeezed it until it scrolled.
    m_tree->setMinimumWidth(names + longestWord + 2 * margins + chrome);
    if (m_splitterMoved || m_splitter->width() <= 0)
        return;
    const int wanted = names + longestType + 2 * margins + chrome;
    const int total = m_splitter->width() - m_splitter->handleWidth();
    int treeWidth = std::clamp(wanted, std::min(240, total * 45 / 100), total * 45 / 100);
    // The blade's tabs in view too where the tree can give way (its types wrap between words).
    const int tabs = m_blades->tabBar()->sizeHint().width();
    if (total - treeWidth < tabs)
        treeWidth = std::max(m_tree->minimumWidth(), total - tabs);
    m_splitter->setSizes({treeWidth, total - treeWidth});
}

void PortalView::showResource(const Sim::Resource *r)
{
    m_updating = true;
    // The blade itself, not its title: the title changes with the language.
    QWidget *previousBlade = m_blades->currentWidget();
    while (m_blades->count() > 0)
        m_blades->removeTab(0);
    if (!r || !m_world) {
        m_updating = false;
        return;
    }
    m_blades->addTab(m_overviewPage, tr("Overview"));
    QString overview = QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">").arg(r->name.toHtmlEscaped());
    auto row = [&overview](const QString &k, const QString &v) {
        overview += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k, v.toHtmlEscaped());
    };
    row(tr("Type"), typeLabel(*r));
    row(tr("Resource group"), r->resourceGroup);
    row(tr("Location"), r->location);
    row(tr("Resource ID"), r->id);
    if (!r->hostName().isEmpty())
        row(tr("Endpoint"), r->endpointUrl());
    if (r->isCompute())
        row(tr("Identity"), identityLabel(r->identity));
    if (r->isUserAssignedIdentity()) {
        row(tr("Client ID"), r->clientId);
        row(tr("Object (principal) ID"), r->principalId);
    }
    overview += QStringLiteral("</table>");
    m_overview->setHtml(overview);

    if (r->isCompute()) {
        m_blades->addTab(m_identityPage, tr("Identity"));
        setSystemAssignedSwitch(r->identity.systemAssigned);
        m_principalLabel->setText(r->identity.systemAssigned
                                      ? tr("Object (principal) ID: %1").arg(r->identity.principalId)
                                      : tr("No system-assigned identity: the app has no principal of its own."));
        m_userAssigned->clear();
        for (const QString &id : r->identity.userAssigned)
            m_userAssigned->addItem(id.section(QLatin1Char('/'), -1));
        m_uamiBox->clear();
        const QList<const Sim::Resource *> uamis = m_world->resources(Sim::ResourceType::userAssignedIdentity());
        for (const Sim::Resource *u : uamis)
            m_uamiBox->addItem(u->name, u->id);
        m_addUami->setEnabled(m_uamiBox->count() > 0);
    }

    m_blades->addTab(m_iamPage, tr("Access control (IAM)"));
    m_roleAssignments->clear();
    const QList<Sim::RoleAssignment> assignments = m_world->authorization().assignments();
    const QString id = r->id.toLower();
    for (const Sim::RoleAssignment &a : assignments) {
        const QString scope = a.scope.toLower();
        // Assignments at this resource, above it (inherited) and on its children.
        const bool above = id.startsWith(scope + QLatin1Char('/')) || scope == QLatin1String("/");
        const bool here = scope == id;
        const bool below = scope.startsWith(id + QLatin1Char('/'));
        if (!above && !here && !below)
            continue;
        const Sim::RoleDefinition *d = m_world->authorization().definition(a.roleDefinitionId);
        QString where = here ? tr("This resource") : (above ? tr("Inherited") : tr("Child resource"));
        auto *item = new QTreeWidgetItem(m_roleAssignments, {d ? d->roleName : a.roleDefinitionId,
                                                             principalName(*m_world, a.principalId), where, a.scope});
        if (a.effectiveAt > m_world->now())
            item->setText(2, where + tr(" (propagating)"));
        item->setToolTip(3, a.scope);
    }
    for (int c = 0; c < 3; ++c)
        m_roleAssignments->resizeColumnToContents(c);

    if (r->isSite()) {
        m_blades->addTab(m_configPage, tr("Configuration"));
        m_settings->setRowCount(int(r->appSettings.size()));
        int rowIndex = 0;
        for (auto it = r->appSettings.begin(); it != r->appSettings.end(); ++it, ++rowIndex) {
            m_settings->setItem(rowIndex, 0, new QTableWidgetItem(it.key()));
            m_settings->setItem(rowIndex, 1, new QTableWidgetItem(it.value()));
        }
        m_settings->resizeColumnToContents(0);
    }
    if (r->isKeyVault()) {
        m_blades->addTab(m_vaultPage, tr("Secrets"));
        (r->enableRbacAuthorization ? m_rbacMode : m_accessPolicyMode)->setChecked(true);
        m_secrets->clear();
        // The portal lists secrets as the learner, through the data plane: Owner of the subscription is not enough
        // (QA: it listed them while `az keyvault secret list` was refused with ForbiddenByRbac).
        if (Sim::PortalAccess::secrets(*m_world, *r).allowed) {
            for (const Sim::Secret &s : r->secrets) {
                if (s.deleted)
                    continue;
                new QTreeWidgetItem(m_secrets,
                                    {s.name, s.current() && s.current()->enabled ? tr("Enabled") : tr("Disabled"),
                                     QString::number(s.versions.size())});
            }
        } else {
            addNotShownRow(m_secrets, tr("You are unauthorized to view these contents."),
                           r->enableRbacAuthorization
                               ? tr("Listing secrets needs a Key Vault data role for your account, such as Key Vault "
                                    "Secrets User or Key Vault Reader. Owner and Contributor manage the vault, not its "
                                    "contents.")
                               : tr("This vault uses access policies: listing secrets needs a policy for your account "
                                    "that allows List."));
        }
        for (const Sim::AccessPolicy &p : r->accessPolicies)
            new QTreeWidgetItem(m_secrets, {tr("Access policy: %1").arg(principalName(*m_world, p.objectId)),
                                            p.secrets.join(QStringLiteral(", ")), QString()});
        // Names and headers in full ("Status / permissions" is longer than a default column, more so in German).
        for (int c = 0; c < 2; ++c)
            m_secrets->resizeColumnToContents(c);
    }
    if (r->isStorageAccount()) {
        m_blades->addTab(m_storagePage, tr("Containers"));
        m_sharedKey->setChecked(r->allowSharedKeyAccess);
        m_containers->clear();
        for (const Sim::BlobContainer &c : r->containers) {
            const Sim::PortalBrowse browse = Sim::PortalAccess::blobs(*m_world, *r, c.name);
            auto *item = new QTreeWidgetItem(
                m_containers, {c.name, browse.allowed ? tr("%n blob(s)", nullptr, int(c.blobs.size())) : QString()});
            if (browse.allowed) {
                for (const Sim::Blob &b : c.blobs)
                    new QTreeWidgetItem(item, {b.name, tr("%n byte(s)", nullptr, int(b.content.size()))});
            } else {
                addNotShownRow(item, tr("Blobs not shown: you have no permission to list them."),
                               browse.keyAllowed
                                   ? tr("Your account can neither list the account keys nor read blobs with a data "
                                        "role such as Storage Blob Data Reader.")
                                   : tr("Shared key access is off, so the portal signs in with your Microsoft Entra "
                                        "account, which needs a data role such as Storage Blob Data Reader. Owner and "
                                        "Contributor are not data roles."));
            }
            item->setExpanded(true);
        }
        m_containers->resizeColumnToContents(0);
    }
    if (r->isCosmosAccount()) {
        m_blades->addTab(m_cosmosPage, tr("Data Explorer"));
        m_disableLocalAuth->setChecked(r->disableLocalAuth);
        m_items->clear();
        m_cosmosScope->clear();
        m_cosmosScope->addItem(tr("Account (/)"), QStringLiteral("/"));
        for (const Sim::CosmosDatabase &db : r->databases) {
            auto *dbItem = new QTreeWidgetItem(m_items, {db.name, tr("database")});
            m_cosmosScope->addItem(tr("Database %1").arg(db.name), QStringLiteral("/dbs/") + db.name);
            for (const Sim::CosmosContainer &c : db.containers) {
                auto *cItem = new QTreeWidgetItem(dbItem, {c.name, tr("container (%1)").arg(c.partitionKeyPath)});
                m_cosmosScope->addItem(tr("Container %1/%2").arg(db.name, c.name),
                                       QStringLiteral("/dbs/%1/colls/%2").arg(db.name, c.name));
                const Sim::PortalBrowse browse = Sim::PortalAccess::items(*m_world, *r, db.name, c.name);
                if (!browse.allowed) {
                    addNotShownRow(
                        cItem, tr("Items not shown: you have no permission to read them."),
                        browse.keyAllowed
                            ? tr("Your account can neither list the account keys nor read items with a Cosmos DB "
                                 "data-plane role.")
                            : tr("Key-based authentication is disabled, so Data Explorer uses your Microsoft Entra "
                                 "account, which needs a Cosmos DB data-plane role such as Cosmos DB Built-in Data "
                                 "Reader. Azure roles such as Owner do not count."));
                    continue;
                }
                for (auto it = c.items.begin(); it != c.items.end(); ++it)
                    new QTreeWidgetItem(
                        cItem, {it.key(), QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact))});
            }
        }
        m_items->expandAll();
        m_items->resizeColumnToContents(0);
        m_cosmosMember->clear();
        for (const Identity &i : managedIdentities(*m_world))
            m_cosmosMember->addItem(i.name(), i.principalId);
        m_cosmosAssign->setEnabled(m_cosmosMember->count() > 0);
    }
    // Stay on the blade the learner was on when the new resource has it.
    for (int i = 0; i < m_blades->count(); ++i) {
        if (m_blades->widget(i) == previousBlade)
            m_blades->setCurrentIndex(i);
    }
    m_updating = false;
}

QWidget *PortalView::buildOverview()
{
    m_overview = new QTextBrowser(this);
    m_overview->setObjectName(QStringLiteral("overviewBlade"));
    return m_overview;
}

QWidget *PortalView::buildIdentity()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("identityBlade"));
    auto *layout = new QVBoxLayout(page);
    m_systemAssignedNote = new QLabel(page);
    m_systemAssignedNote->setWordWrap(true);
    layout->addWidget(m_systemAssignedNote);
    // As in the portal: "Status" with an Off | On switch (a check box labelled "Status: On" read as On when off).
    auto *statusRow = new QHBoxLayout;
    m_systemAssignedStatus = new QLabel(page);
    m_systemAssignedStatus->setObjectName(QStringLiteral("systemAssignedStatus"));
    m_systemAssignedOff = new QRadioButton(page);
    m_systemAssignedOff->setObjectName(QStringLiteral("systemAssignedOff"));
    m_systemAssigned = new QRadioButton(page);
    m_systemAssigned->setObjectName(QStringLiteral("systemAssignedSwitch"));
    auto *status = new QButtonGroup(page);
    status->addButton(m_systemAssignedOff);
    status->addButton(m_systemAssigned);
    m_systemAssignedOff->setChecked(true);
    m_systemAssignedStatus->setBuddy(m_systemAssignedOff);
    statusRow->addWidget(m_systemAssignedStatus);
    statusRow->addWidget(m_systemAssignedOff);
    statusRow->addWidget(m_systemAssigned);
    statusRow->addStretch(1);
    layout->addLayout(statusRow);
    m_principalLabel = new QLabel(page);
    m_principalLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Wraps before the id: on one line in Spanish presenter type it was cut, and held the blade so wide that the
    // resource tree beside it was squeezed until its Type column scrolled.
    m_principalLabel->setWordWrap(true);
    layout->addWidget(m_principalLabel);
    m_identitySave = new QPushButton(page);
    m_identitySave->setObjectName(QStringLiteral("identitySaveButton"));
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_identitySave);
    saveRow->addStretch(1);
    layout->addLayout(saveRow);
    layout->addSpacing(12);
    m_userAssignedNote = new QLabel(page);
    m_userAssignedNote->setWordWrap(true);
    layout->addWidget(m_userAssignedNote);
    m_userAssigned = new QListWidget(page);
    m_userAssigned->setObjectName(QStringLiteral("userAssignedList"));
    layout->addWidget(m_userAssigned, 1);
    auto *addRow = new QHBoxLayout;
    m_uamiBox = new QComboBox(page);
    m_uamiBox->setObjectName(QStringLiteral("uamiBox"));
    followTexts(m_uamiBox); // follows its (translated) items
    m_addUami = new QPushButton(page);
    m_addUami->setObjectName(QStringLiteral("addUamiButton"));
    addRow->addWidget(m_uamiBox, 1);
    addRow->addWidget(m_addUami);
    layout->addLayout(addRow);

    connect(m_identitySave, &QPushButton::clicked, this, &PortalView::saveIdentity);
    // Save is there to apply a change: without one it did nothing and said nothing (QA).
    connect(m_systemAssigned, &QRadioButton::toggled, this, &PortalView::updateIdentitySave);
    connect(m_addUami, &QPushButton::clicked, this, [this] {
        const Sim::Resource *r = current();
        if (!r || m_uamiBox->currentIndex() < 0)
            return;
        run(QStringLiteral("az %1 identity assign -g %2 -n %3 --identities %4")
                .arg(azGroup(*r), r->resourceGroup, r->name, m_uamiBox->currentData().toString()));
    });
    return page;
}

void PortalView::setSystemAssignedSwitch(bool on)
{
    (on ? m_systemAssigned : m_systemAssignedOff)->setChecked(true); // one of the two is always checked
    updateIdentitySave();
}

void PortalView::updateIdentitySave()
{
    const Sim::Resource *r = current();
    m_identitySave->setEnabled(r && m_systemAssigned->isChecked() != r->identity.systemAssigned);
}

void PortalView::saveIdentity()
{
    const Sim::Resource *r = current();
    if (!r || m_systemAssigned->isChecked() == r->identity.systemAssigned)
        return;
    run(QStringLiteral("az %1 identity %2 -g %3 -n %4")
            .arg(azGroup(*r), m_systemAssigned->isChecked() ? QStringLiteral("assign") : QStringLiteral("remove"),
                 r->resourceGroup, r->name));
}

QWidget *PortalView::buildIam()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("iamBlade"));
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_addRole = new QPushButton(page);
    m_addRole->setObjectName(QStringLiteral("addRoleAssignmentButton"));
    row->addWidget(m_addRole);
    row->addStretch(1);
    layout->addLayout(row);
    m_roleAssignments = new QTreeWidget(page);
    m_roleAssignments->setObjectName(QStringLiteral("roleAssignmentList"));
    m_roleAssignments->setColumnCount(4);
    m_roleAssignments->setRootIsDecorated(false);
    layout->addWidget(m_roleAssignments, 1);
    connect(m_addRole, &QPushButton::clicked, this, &PortalView::openRoleDialog);
    return page;
}

void PortalView::openRoleDialog()
{
    const Sim::Resource *r = current();
    if (!r || !m_world)
        return;
    delete m_roleDialog;
    m_roleDialog = new AddRoleAssignmentDialog(*m_world, r->id, this);
    connect(m_roleDialog, &QDialog::accepted, this, [this] {
        const QString command = m_roleDialog->commandText();
        m_roleDialog->deleteLater();
        m_roleDialog = nullptr;
        if (!command.isEmpty())
            run(command);
    });
    m_roleDialog->open(); // window-modal, does not block: tests drive it like a learner
}

QWidget *PortalView::buildConfiguration()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("configurationBlade"));
    auto *layout = new QVBoxLayout(page);
    m_settingsNote = new QLabel(page);
    m_settingsNote->setWordWrap(true);
    layout->addWidget(m_settingsNote);
    m_settings = new QTableWidget(0, 2, page);
    m_settings->setObjectName(QStringLiteral("appSettingsTable"));
    m_settings->horizontalHeader()->setStretchLastSection(true);
    m_settings->verticalHeader()->hide();
    m_settings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_settings->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_settings, 1);
    m_settingName = new QLineEdit(page);
    m_settingName->setObjectName(QStringLiteral("settingName"));
    m_settingValue = new QLineEdit(page);
    m_settingValue->setObjectName(QStringLiteral("settingValue"));
    m_addSetting = new QPushButton(page);
    m_addSetting->setObjectName(QStringLiteral("addSettingButton"));
    m_deleteSetting = new QPushButton(page);
    m_deleteSetting->setObjectName(QStringLiteral("deleteSettingButton"));
    // Placed by placeSettingButtons(): in one row, or the buttons below the fields, or each field in a row.
    m_settingsEdit = new QGridLayout;
    m_settingsButtons = new QHBoxLayout;
    m_settingsButtons->addStretch(1);
    m_settingsButtons->addWidget(m_addSetting);
    m_settingsButtons->addWidget(m_deleteSetting);
    layout->addLayout(m_settingsEdit);
    m_settingNameProblem = new QLabel(page);
    m_settingNameProblem->setObjectName(QStringLiteral("settingNameProblem"));
    m_settingNameProblem->setWordWrap(true);
    m_settingNameProblem->hide();
    layout->addWidget(m_settingNameProblem);
    connect(m_settingName, &QLineEdit::textEdited, m_settingNameProblem, &QWidget::hide);
    page->installEventFilter(this); // its width decides where the fields and the buttons go
    // A row chosen in the table fills the fields, also the row that was already current (QA: clicking the highlighted
    // row after an add changed nothing, and "Delete selected" then deleted the setting just added).
    connect(m_settings, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem *> chosen = m_settings->selectedItems();
        if (chosen.isEmpty() || !m_settings->item(chosen.first()->row(), 0))
            return;
        const int rowIndex = chosen.first()->row();
        m_settingName->setText(m_settings->item(rowIndex, 0)->text());
        m_settingValue->setText(m_settings->item(rowIndex, 1) ? m_settings->item(rowIndex, 1)->text() : QString());
    });
    // Once the change is made the fields are emptied: a value left there (an account key) was one click from being
    // added again.
    const auto done = [this] {
        m_settings->clearSelection();
        m_settingName->clear();
        m_settingValue->clear();
    };
    connect(m_addSetting, &QPushButton::clicked, this, [this, done] {
        const Sim::Resource *r = current();
        const QString name = m_settingName->text().trimmed();
        const QString value = m_settingValue->text();
        if (!r || name.isEmpty())
            return;
        // App Service takes only letters, digits, periods and underscores in a setting's name
        // (MicrosoftDocs/azure-docs, app-service/configure-common.md, "Configure app settings"); an "=" would also
        // split the recorded command's NAME=VALUE elsewhere (QA: "We ird=N…" was saved as "We ird", its value changed,
        // without a word).
        static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9._]+$"));
        if (!validName.match(name).hasMatch()) {
            m_settingNameProblem->setText(tr("<b>Not added:</b> a setting's name can hold only letters, digits, "
                                             "periods (.) and underscores (_)."));
            m_settingNameProblem->show();
            return;
        }
        m_settingNameProblem->hide();
        run(QStringLiteral("az %1 config appsettings set -g %2 -n %3 --settings %4")
                .arg(azGroup(*r), r->resourceGroup, r->name, shellQuote(name + QLatin1Char('=') + value)));
        if (const Sim::Resource *after = current(); after && after->appSettings.value(name) == value)
            done();
    });
    // The selected row's setting; with none selected, the one named in the field.
    connect(m_deleteSetting, &QPushButton::clicked, this, [this, done] {
        const Sim::Resource *r = current();
        QString name = m_settingName->text().trimmed();
        if (const QList<QTableWidgetItem *> chosen = m_settings->selectedItems();
            !chosen.isEmpty() && m_settings->item(chosen.first()->row(), 0))
            name = m_settings->item(chosen.first()->row(), 0)->text();
        if (!r || name.isEmpty() || !r->appSettings.contains(name))
            return;
        run(QStringLiteral("az %1 config appsettings delete -g %2 -n %3 --setting-names %4")
                .arg(azGroup(*r), r->resourceGroup, r->name, shellQuote(name)));
        if (const Sim::Resource *after = current(); after && !after->appSettings.contains(name))
            done();
    });
    return page;
}

QWidget *PortalView::buildKeyVault()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("secretsBlade"));
    auto *layout = new QVBoxLayout(page);
    // As in the portal (Access configuration): the permission model is one of two, each on its own line (a check
    // box "…: Azure RBAC (off: vault access policy)" ran one long line that held the blade wide).
    m_rbacModeLabel = new QLabel(page);
    layout->addWidget(m_rbacModeLabel);
    m_rbacMode = addChoice(page, layout, QStringLiteral("rbacModeSwitch"), &m_rbacModeText);
    m_accessPolicyMode = addChoice(page, layout, QStringLiteral("accessPolicyModeSwitch"), &m_accessPolicyModeText);
    auto *model = new QButtonGroup(page);
    model->addButton(m_rbacMode);
    model->addButton(m_accessPolicyMode);
    m_rbacModeLabel->setBuddy(m_rbacMode);
    m_secrets = new QTreeWidget(page);
    m_secrets->setColumnCount(3);
    fitColumnsToContents(m_secrets);
    m_secrets->setRootIsDecorated(false);
    layout->addWidget(m_secrets, 1);
    const auto choose = [this](bool rbac) {
        const Sim::Resource *r = current();
        if (r && r->enableRbacAuthorization != rbac)
            run(QStringLiteral("az keyvault update -n %1 -g %2 --enable-rbac-authorization %3")
                    .arg(r->name, r->resourceGroup, rbac ? QStringLiteral("true") : QStringLiteral("false")));
    };
    connect(m_rbacMode, &QRadioButton::clicked, this, [choose] { choose(true); });
    connect(m_accessPolicyMode, &QRadioButton::clicked, this, [choose] { choose(false); });
    return page;
}

QWidget *PortalView::buildStorage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("containersBlade"));
    auto *layout = new QVBoxLayout(page);
    m_sharedKey = new QCheckBox(page);
    m_sharedKey->setObjectName(QStringLiteral("sharedKeySwitch"));
    layout->addWidget(m_sharedKey);
    m_containers = new QTreeWidget(page);
    m_containers->setColumnCount(2);
    fitColumnsToContents(m_containers);
    layout->addWidget(m_containers, 1);
    connect(m_sharedKey, &QCheckBox::clicked, this, [this](bool on) {
        if (const Sim::Resource *r = current())
            run(QStringLiteral("az storage account update -n %1 -g %2 --allow-shared-key-access %3")
                    .arg(r->name, r->resourceGroup, on ? QStringLiteral("true") : QStringLiteral("false")));
    });
    return page;
}

QWidget *PortalView::buildCosmos()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("cosmosBlade"));
    auto *layout = new QVBoxLayout(page);
    m_disableLocalAuth = new QCheckBox(page);
    m_disableLocalAuth->setObjectName(QStringLiteral("localAuthSwitch"));
    layout->addWidget(m_disableLocalAuth);
    m_items = new QTreeWidget(page);
    m_items->setObjectName(QStringLiteral("cosmosItems"));
    m_items->setColumnCount(2);
    fitColumnsToContents(m_items);
    layout->addWidget(m_items, 1);
    auto *form = new QFormLayout;
    m_cosmosForm = form;
    m_cosmosRoleNote = new QLabel(page);
    m_cosmosRoleNote->setWordWrap(true);
    layout->addWidget(m_cosmosRoleNote);
    m_cosmosRole = new QComboBox(page);
    m_cosmosRole->setObjectName(QStringLiteral("cosmosRoleBox"));
    followTexts(m_cosmosRole); // follows its (translated) items
    m_cosmosRole->addItem(QString(), QStringLiteral("00000000-0000-0000-0000-000000000001"));
    m_cosmosRole->addItem(QString(), QStringLiteral("00000000-0000-0000-0000-000000000002"));
    m_cosmosScope = new QComboBox(page);
    m_cosmosScope->setObjectName(QStringLiteral("cosmosScopeBox"));
    followTexts(m_cosmosScope); // follows its (translated) items
    m_cosmosMember = new QComboBox(page);
    m_cosmosMember->setObjectName(QStringLiteral("cosmosMemberBox"));
    followTexts(m_cosmosMember); // follows its (translated) items
    m_cosmosAssign = new QPushButton(page);
    m_cosmosAssign->setObjectName(QStringLiteral("cosmosAssignButton"));
    for (QWidget *field : {static_cast<QWidget *>(m_cosmosRole), static_cast<QWidget *>(m_cosmosScope),
                           static_cast<QWidget *>(m_cosmosMember)}) {
        auto *label = new QLabel(page); // its text: retranslate()
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(field);
        form->addRow(label, field);
    }
    form->addRow(QString(), m_cosmosAssign);
    layout->addLayout(form);
    connect(m_disableLocalAuth, &QCheckBox::clicked, this, [this](bool on) {
        if (const Sim::Resource *r = current())
            run(QStringLiteral("az cosmosdb update -n %1 -g %2 --disable-local-auth %3")
                    .arg(r->name, r->resourceGroup, on ? QStringLiteral("true") : QStringLiteral("false")));
    });
    connect(m_cosmosAssign, &QPushButton::clicked, this, [this] {
        const Sim::Resource *r = current();
        if (!r || m_cosmosMember->currentIndex() < 0)
            return;
        run(QStringLiteral("az cosmosdb sql role assignment create -a %1 -g %2 -s %3 -p %4 -d %5")
                .arg(r->name, r->resourceGroup, m_cosmosScope->currentData().toString(),
                     m_cosmosMember->currentData().toString(), m_cosmosRole->currentData().toString()));
    });
    return page;
}

} // namespace Keyless::Ui::Labs
