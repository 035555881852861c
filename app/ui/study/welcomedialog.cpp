#include "ui/study/welcomedialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyless::Ui {

WelcomeDialog::WelcomeDialog(bool progressSaved, QWidget *parent)
    : QDialog(parent)
    , m_progressSaved(progressSaved)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    auto *layout = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("welcomeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setMinimumWidth(460);
    layout->addWidget(m_text);

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startFirstLessonButton"));
    m_start->setDefault(true);
    m_later = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_later->setObjectName(QStringLiteral("lookAroundButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

WelcomeDialog::~WelcomeDialog() = default;

void WelcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void WelcomeDialog::retranslate()
{
    setWindowTitle(tr("Welcome to Keyless"));
    const QString saving = m_progressSaved ? tr("Your progress is saved on this computer.")
                                           : tr("Your progress cannot be saved in this session: it is lost "
                                                "when you close Keyless.");
    m_text->setText(
        tr("<h2>Welcome to Keyless</h2>"
           "<p>Keyless teaches Azure managed identities — how a service reaches another one with no secret at "
           "all. Everything runs offline against a simulated Azure. There are three ways to use it:</p>"
           "<ul>"
           "<li><b>Study</b>: read the lessons, practise exam-style questions and review flash cards. "
           "%1</li>"
           "<li><b>Labs</b>: fix broken setups in a simulated cloud with a console and portal-like views, "
           "and watch the token flow hop by hop.</li>"
           "<li><b>Classroom</b>: press F11 for presenter mode — full screen and large type for a "
           "projector.</li>"
           "</ul>")
            .arg(saving.toHtmlEscaped()));
    m_text->setAccessibleName(tr("Welcome text"));
    m_start->setText(tr("&Start the first lesson"));
    m_later->setText(tr("&Look around first"));
}

} // namespace Keyless::Ui
