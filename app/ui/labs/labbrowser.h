#pragma once

#include <QWidget>

#include <memory>

class QFrame;
class QGridLayout;
class QLabel;
class QScrollArea;

namespace Keyless::Content {
struct SkillsOutline;
}
namespace Keyless::Lab {
struct LabDefinition;
}
namespace Keyless::Progress {
class ProgressStore;
}

namespace Keyless::Ui::Labs {

// The lab browser: one card per lab (title, level, minutes, skills, best completion from the progress
// store) with a button that opens or resumes it.
class LabBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabBrowser)

public:
    // `outline` names the exam skills a lab lists (they are objective ids); without it the ids are shown.
    explicit LabBrowser(Progress::ProgressStore *progress, const Content::SkillsOutline *outline = nullptr,
                        QWidget *parent = nullptr);

    void setLabs(const QList<std::shared_ptr<const Lab::LabDefinition>> &labs, const QStringList &problems = {});
    void refresh(); // re-reads completion from the progress store
    int cardCount() const;
    QWidget *card(const QString &labId) const;

signals:
    void labChosen(const QString &labId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateProblems();
    void fitProblemArea(); // a few lines high at the current type size
    void updateCard(QFrame *card, const Lab::LabDefinition &lab) const;

    Progress::ProgressStore *m_progress = nullptr;
    const Content::SkillsOutline *m_outline = nullptr;
    QList<std::shared_ptr<const Lab::LabDefinition>> m_labs;
    QStringList m_problems;
    bool m_saved = false; // the heading promises saving only when there is a file to save to
    QLabel *m_heading = nullptr;
    QWidget *m_cards = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_problemLabel = nullptr;
    QScrollArea *m_problemArea = nullptr; // holds m_problemLabel
};

} // namespace Keyless::Ui::Labs
