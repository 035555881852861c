#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

namespace Keyless::Ui {

// Installs Keyless' own translator (compiled into the binary under :/i18n) and Qt's qtbase translator
// for one language, replacing the previous pair. Installing sends QEvent::LanguageChange to every
// widget, so pages that retranslate in changeEvent() switch without a restart.
class Translations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Translations)

public:
    struct Language {
        QString code;       // "en", "de", "es"
        QString nativeName; // shown untranslated, so a user can always find their own language
    };

    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    static QList<Language> available();
    // "" (system) resolves to the system language when Keyless has it, else English; unknown codes
    // fall back to English.
    static QString resolve(const QString &code);
    // Whether Keyless has `code` ("de", "de_DE" and "DE" all mean German).
    static bool isAvailable(const QString &code);

    // Returns the language now in use.
    QString apply(const QString &code);
    QString current() const { return m_current; }
    // Whether Qt's own translation (dialog buttons etc.) was found for the current language.
    bool qtTranslationLoaded() const { return m_qtLoaded; }

private:
    void removeAll();

    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current = QStringLiteral("en");
    bool m_qtLoaded = false;
};

} // namespace Keyless::Ui
