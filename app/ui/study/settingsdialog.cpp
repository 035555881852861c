#include "ui/study/settingsdialog.h"

#include "ui/study/appearance.h"
#include "ui/study/translations.h"
#include "ui/uistate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Keyless::Ui {

namespace {
// A wrapped note whose size hint is the height of its text at the width the form gives it. A plain label's hint is
// the height at a narrower width it picks itself: the dialog opened that tall and the spare lines stood around the
// note (QA: a gap under Language).
class FormNote final : public QLabel
{
public:
    explicit FormNote(QWidget *parent)
        : QLabel(parent)
    {
        setWordWrap(true);
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    }

    QSize sizeHint() const override
    {
        QSize hint = QLabel::sizeHint();
        if (m_width > 0)
            hint.setHeight(heightForWidth(m_width));
        return hint;
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        if (event->size().width() != m_width) {
            m_width = event->size().width();
            updateGeometry();
        }
    }

private:
    int m_width = -1;
};
} // namespace

SettingsDialog::SettingsDialog(UiState &state, QSettings &settings, const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_state(state)
    , m_settings(settings)
    , m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("settingsDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QString(), QString());
    for (const Translations::Language &language : Translations::available())
        m_language->addItem(language.nativeName, language.code);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);

    m_languageNote = new FormNote(this);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    form->addRow(QString(), m_languageNote);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    for (int i = 0; i < 3; ++i)
        m_theme->addItem(QString(), i);
    m_themeLabel = new QLabel(this);
    m_themeLabel->setBuddy(m_theme);
    form->addRow(m_themeLabel, m_theme);

    m_presenterScale = new QComboBox(this);
    m_presenterScale->setObjectName(QStringLiteral("presenterScaleCombo"));
    for (const double scale : {1.25, 1.5, 1.75, 2.0})
        m_presenterScale->addItem(QString(), scale);
    m_presenterLabel = new QLabel(this);
    m_presenterLabel->setBuddy(m_presenterScale);
    form->addRow(m_presenterLabel, m_presenterScale);

    m_presenterAtStart = new QCheckBox(this);
    m_presenterAtStart->setObjectName(QStringLiteral("presenterAtStartCheck"));
    form->addRow(QString(), m_presenterAtStart);

    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("animationSpeedCombo"));
    for (const double speed : {0.5, 1.0, 1.5, 2.0})
        m_speed->addItem(QString(), speed);
    m_speedLabel = new QLabel(this);
    m_speedLabel->setBuddy(m_speed);
    form->addRow(m_speedLabel, m_speed);

    m_reducedMotion = new QCheckBox(this);
    m_reducedMotion->setObjectName(QStringLiteral("reducedMotionCheck"));
    form->addRow(QString(), m_reducedMotion);

    auto *databaseRow = new QHBoxLayout;
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("databasePathEdit"));
    m_database->setReadOnly(true);
    m_openFolder = new QPushButton(this);
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    // QA: as the dialog's first button it became the default, so Enter opened a file manager; Enter closes.
    m_openFolder->setAutoDefault(false);
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(m_openFolder);
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setBuddy(m_database);
    form->addRow(m_databaseLabel, databaseRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    load();
    retranslate();

    const auto changed = [this] {
        if (!m_loading)
            save();
    };
    // A language picked is the learner's choice and saved, also the one a --lang run already shows (QA: re-picking
    // Deutsch in a `--lang de` run saved nothing, as nothing changed); the other settings leave the language alone.
    const auto languagePicked = [this] {
        if (m_loading)
            return;
        m_state.chooseLanguage(m_language->currentData().toString());
        saveUiState(m_state, m_settings);
        m_settings.sync();
    };
    connect(m_language, &QComboBox::currentIndexChanged, this, languagePicked);
    connect(m_language, &QComboBox::activated, this, languagePicked);
    connect(m_theme, &QComboBox::currentIndexChanged, this, changed);
    connect(m_presenterScale, &QComboBox::currentIndexChanged, this, changed);
    connect(m_presenterAtStart, &QCheckBox::toggled, this, changed);
    connect(m_speed, &QComboBox::currentIndexChanged, this, changed);
    connect(m_reducedMotion, &QCheckBox::toggled, this, changed);
    connect(m_openFolder, &QPushButton::clicked, this, &SettingsDialog::openDatabaseFolder);
}

SettingsDialog::~SettingsDialog() = default;

bool SettingsDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    // The note's hint follows its width once the form has placed it, and its text after a language or type size
    // change: the dialog keeps to the height of its rows. A taller height it did not set itself is the learner's, and
    // stays while the rows fit in it.
    if (event->type() == QEvent::LayoutRequest && isVisible()) {
        const int wanted = std::max(minimumHeight(), sizeHint().height());
        const bool ownHeight = m_fittedHeight < 0 || height() == m_fittedHeight;
        if (ownHeight || height() < wanted) {
            m_fittedHeight = wanted;
            if (height() != wanted)
                resize(width(), wanted);
        }
    }
    return handled;
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System language"));
    m_language->setAccessibleName(tr("Language"));
    // Said as it is: every page retranslates at once, and the flow puts the simulator's narration in the language
    // (ui/labs/simnarration); the content (lessons, questions, labs) is English only.
    m_languageNote->setText(tr("The whole interface switches language at once. So do the simulator's explanations in "
                               "the flow (messages from the Azure SDK and the services stay as they are). Lessons, "
                               "questions and the labs are written in English for now."));
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setItemText(0, tr("Follow the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_theme->setAccessibleName(tr("Theme"));
    m_presenterLabel->setText(tr("&Presenter type size:"));
    for (int i = 0; i < m_presenterScale->count(); ++i)
        m_presenterScale->setItemText(i, tr("%1 %").arg(qRound(m_presenterScale->itemData(i).toDouble() * 100)));
    m_presenterScale->setAccessibleName(tr("Presenter type size"));
    m_presenterAtStart->setText(tr("Start in presenter &mode"));
    m_speedLabel->setText(tr("&Animation speed:"));
    const QStringList speeds{tr("Slow"), tr("Normal"), tr("Fast"), tr("Very fast")};
    for (int i = 0; i < m_speed->count(); ++i)
        m_speed->setItemText(i, speeds.value(i));
    m_speed->setAccessibleName(tr("Animation speed"));
    m_reducedMotion->setText(tr("&Reduce motion (show the end state of animations at once)"));
    m_databaseLabel->setText(tr("Progress &database:"));
    m_database->setText(m_databasePath.isEmpty() ? tr("(in memory — progress is not saved)") : m_databasePath);
    m_database->setAccessibleName(tr("Progress database location"));
    m_openFolder->setText(tr("Open &folder"));
    m_openFolder->setAccessibleName(tr("Open the folder of the progress database"));
    m_openFolder->setEnabled(!m_databasePath.isEmpty());
    if (m_close)
        m_close->setText(tr("Close"));
}

void SettingsDialog::load()
{
    m_loading = true;
    const int languageIndex = m_language->findData(m_state.language());
    m_language->setCurrentIndex(languageIndex >= 0 ? languageIndex : 0);
    m_theme->setCurrentIndex(static_cast<int>(m_state.theme()));
    int scaleIndex = 1;
    for (int i = 0; i < m_presenterScale->count(); ++i) {
        if (qFuzzyCompare(m_presenterScale->itemData(i).toDouble(), m_state.presenterScale()))
            scaleIndex = i;
    }
    m_presenterScale->setCurrentIndex(scaleIndex);
    m_presenterAtStart->setChecked(m_settings.value(SettingsKeys::presenterAtStart(), false).toBool());
    int speedIndex = 1;
    for (int i = 0; i < m_speed->count(); ++i) {
        if (qFuzzyCompare(m_speed->itemData(i).toDouble(), m_state.animationSpeed()))
            speedIndex = i;
    }
    m_speed->setCurrentIndex(speedIndex);
    m_reducedMotion->setChecked(m_state.reducedMotion());
    m_loading = false;
}

void SettingsDialog::save()
{
    m_state.setTheme(static_cast<UiState::Theme>(m_theme->currentData().toInt()));
    m_state.setPresenterScale(m_presenterScale->currentData().toDouble());
    m_state.setAnimationSpeed(m_speed->currentData().toDouble());
    m_state.setReducedMotion(m_reducedMotion->isChecked());
    m_settings.setValue(SettingsKeys::presenterAtStart(), m_presenterAtStart->isChecked());
    saveUiState(m_state, m_settings);
    m_settings.sync();
}

void SettingsDialog::openDatabaseFolder()
{
    if (m_databasePath.isEmpty())
        return;
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_databasePath).absolutePath()));
}

} // namespace Keyless::Ui
