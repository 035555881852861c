#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

namespace Keyless::Sim {

// Ordered headers with case-insensitive lookup (HTTP semantics).
class HttpHeaders
{
public:
    QString value(const QString &name) const;
    bool contains(const QString &name) const;
    void set(const QString &name, const QString &value); // replaces
    void add(const QString &name, const QString &value);
    void remove(const QString &name);
    const QList<QPair<QString, QString>> &entries() const { return m_entries; }
    QJsonObject toJson() const;
    static HttpHeaders fromJson(const QJsonObject &object);

private:
    QList<QPair<QString, QString>> m_entries;
};

// A simulated HTTP request. url is absolute ("https://kv1.vault.azure.net/secrets/db?api-version=7.4").
struct HttpRequest {
    QString method = QStringLiteral("GET");
    QString url;
    HttpHeaders headers;
    QByteArray body;

    QUrl parsedUrl() const;
    QString host() const; // lower-case host without port
    QString path() const; // decoded path, "/" when empty
    // Query parameter value (decoded), empty when absent; queryCount counts duplicates (IMDS rejects them).
    QString query(const QString &name) const;
    bool hasQuery(const QString &name) const { return queryCount(name) > 0; }
    int queryCount(const QString &name) const;
    QString summary() const; // "GET https://host/path"
    QJsonObject toJson() const;

    static HttpRequest get(const QString &url);
    static HttpRequest withBody(const QString &method, const QString &url, const QByteArray &body,
                                const QString &contentType = QStringLiteral("application/json"));

private:
    // The url parsed once: services ask for host, path and several query parameters of every request.
    struct Parsed {
        QString url; // what was parsed; url may be reassigned after a read
        QUrl parsed;
        QList<QPair<QString, QString>> query;
    };
    const Parsed &parsed() const;
    mutable std::shared_ptr<const Parsed> m_parsed;
};

// A simulated HTTP response. status 0 means no response at all (networkError tells why: nothing listens there,
// the host does not resolve, the link-local IMDS address is not reachable from this machine ...).
struct HttpResponse {
    int status = 0;
    QString reason;
    HttpHeaders headers;
    QByteArray body;
    QString networkError;

    bool ok() const { return status >= 200 && status < 300; }
    bool noResponse() const { return status == 0; }
    QJsonObject json() const; // body parsed as a JSON object ({} when not JSON)
    QString text() const { return QString::fromUtf8(body); }
    QJsonObject toJson() const;

    static QString reasonPhrase(int status);
    static HttpResponse make(int status, const QByteArray &body, const QString &contentType);
    static HttpResponse json(int status, const QJsonObject &body);
    static HttpResponse failure(const QString &networkError);
};

} // namespace Keyless::Sim
