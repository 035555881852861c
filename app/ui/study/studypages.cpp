#include "ui/study/studypages.h"

#include "content/contentlibrary.h"
#include "ui/appcontext.h"
#include "ui/study/lessonspage.h"
#include "ui/study/practicepage.h"
#include "ui/study/progresspage.h"

namespace Keyless::Ui::Study {

namespace {
const Content::SkillsOutline &emptyOutline()
{
    static const Content::SkillsOutline outline;
    return outline;
}
} // namespace

QWidget *createLessonsPage(AppContext &context, QWidget *parent)
{
    return new LessonsPage(context, context.content ? context.content->lessons() : QList<Content::Lesson>(), parent);
}

QWidget *createPracticePage(AppContext &context, QWidget *parent)
{
    const Content::ContentLibrary *content = context.content;
    return new PracticePage(context, content ? content->questions() : QList<Content::Question>(),
                            content ? content->lessons() : QList<Content::Lesson>(),
                            content ? content->cards() : QList<Content::Card>(),
                            content ? content->outline() : emptyOutline(), parent);
}

QWidget *createProgressPage(AppContext &context, QWidget *parent)
{
    const Content::ContentLibrary *content = context.content;
    QStringList labs = Content::ContentLibrary::knownLabIds();
    return new ProgressPage(context, content ? content->lessons() : QList<Content::Lesson>(),
                            content ? content->questions() : QList<Content::Question>(),
                            content ? content->outline() : emptyOutline(), labs, parent);
}

} // namespace Keyless::Ui::Study
