#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace Keyless::Ui {

// First-run welcome: the three ways to use Keyless in a few lines. "Start the first lesson" accepts the
// dialog; "Look around first" rejects it. `progressSaved` is false when the progress store could not be
// opened on disk (AppContext::databaseWarning): the dialog then says progress is lost at the end, not that
// it is saved.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)

public:
    explicit WelcomeDialog(bool progressSaved, QWidget *parent = nullptr);
    ~WelcomeDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    bool m_progressSaved = true;
    QLabel *m_text = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_later = nullptr;
};

} // namespace Keyless::Ui
