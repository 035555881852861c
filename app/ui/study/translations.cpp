#include "ui/study/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace Keyless::Ui {

Q_LOGGING_CATEGORY(lcTranslations, "keyless.ui.translations")

Translations::Translations(QObject *parent)
    : QObject(parent)
{
}

Translations::~Translations()
{
    removeAll();
}

QList<Translations::Language> Translations::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

static QString languagePart(const QString &code)
{
    return code.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}

bool Translations::isAvailable(const QString &code)
{
    const QString wanted = languagePart(code);
    for (const Language &language : available()) {
        if (language.code == wanted)
            return true;
    }
    return false;
}

QString Translations::resolve(const QString &code)
{
    const QString wanted = languagePart(code.isEmpty() ? QLocale::system().name() : code);
    return isAvailable(wanted) ? wanted : QStringLiteral("en");
}

void Translations::removeAll()
{
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
        m_app.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
    m_qtLoaded = false;
}

QString Translations::apply(const QString &code)
{
    const QString language = resolve(code);
    removeAll();
    m_current = language;
    // Numbers and dates follow the interface's language ("0,060 s" in German), in the system's own variant when
    // the system speaks it (en_GB stays en_GB).
    const QLocale system = QLocale::system();
    QLocale::setDefault(QLocale::languageToCode(system.language()) == language ? system : QLocale(language));
    // English needs its own small file too: the plural forms of "%n card(s)" (lupdate -pluralonly).
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/keyless_") + language)) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    } else {
        qCWarning(lcTranslations) << "built-in translation missing for" << language;
    }
    if (language == QLatin1String("en"))
        return m_current;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
        m_qtLoaded = true;
    } else {
        qCInfo(lcTranslations) << "no Qt translation for" << language;
    }
    return m_current;
}

} // namespace Keyless::Ui
