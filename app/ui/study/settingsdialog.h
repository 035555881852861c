#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSlider;

namespace Keyless::Ui {

class UiState;

// Language, theme, presenter defaults, animation speed, reduced motion and the progress database's
// location. Every change applies at once (UiState) and is saved to `settings`.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(UiState &state, QSettings &settings, const QString &databasePath, QWidget *parent = nullptr);
    ~SettingsDialog() override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();
    void save();
    void openDatabaseFolder();

    UiState &m_state;
    QSettings &m_settings;
    QString m_databasePath;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_themeLabel = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_presenterLabel = nullptr;
    QComboBox *m_presenterScale = nullptr;
    QCheckBox *m_presenterAtStart = nullptr;
    QLabel *m_speedLabel = nullptr;
    QComboBox *m_speed = nullptr;
    QCheckBox *m_reducedMotion = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLineEdit *m_database = nullptr;
    QPushButton *m_openFolder = nullptr;
    QLabel *m_languageNote = nullptr;
    int m_fittedHeight = -1; // the height it last gave itself
    QPushButton *m_close = nullptr;
    bool m_loading = false;
};

} // namespace Keyless::Ui
