#pragma once

#include <QString>

#include <functional>
#include <utility>

namespace Keyless::Progress {

// A sentence for the learner that is put into the current language each time it is read, so that a message shown
// before a language switch follows it (QA: the progress banner kept the language Keyless started in). One made from a
// plain string stays as it is: SQLite's own messages, a test's text.
class Sentence
{
public:
    Sentence() = default;
    Sentence(const QString &fixed) // NOLINT(google-explicit-constructor): a plain string is a sentence
        : m_fixed(fixed)
    {
    }
    explicit Sentence(std::function<QString()> translated)
        : m_translated(std::move(translated))
    {
    }

    QString text() const { return m_translated ? m_translated() : m_fixed; }
    bool isEmpty() const { return text().isEmpty(); }

private:
    QString m_fixed;
    std::function<QString()> m_translated;
};

} // namespace Keyless::Progress
