#include "sim/httpmessage.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace Keyless::Sim {

QString HttpHeaders::value(const QString &name) const
{
    for (const auto &entry : m_entries) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return {};
}

bool HttpHeaders::contains(const QString &name) const
{
    for (const auto &entry : m_entries) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void HttpHeaders::set(const QString &name, const QString &value)
{
    remove(name);
    m_entries.append({name, value});
}

void HttpHeaders::add(const QString &name, const QString &value)
{
    m_entries.append({name, value});
}

void HttpHeaders::remove(const QString &name)
{
    m_entries.removeIf(
        [&](const QPair<QString, QString> &e) { return e.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QJsonObject HttpHeaders::toJson() const
{
    QJsonObject o;
    for (const auto &entry : m_entries)
        o.insert(entry.first, entry.second);
    return o;
}

HttpHeaders HttpHeaders::fromJson(const QJsonObject &object)
{
    HttpHeaders h;
    for (auto it = object.begin(); it != object.end(); ++it)
        h.add(it.key(), it.value().toString());
    return h;
}

const HttpRequest::Parsed &HttpRequest::parsed() const
{
    if (!m_parsed || m_parsed->url != url) {
        auto p = std::make_shared<Parsed>();
        p->url = url;
        p->parsed = QUrl(url);
        p->query = QUrlQuery(p->parsed).queryItems(QUrl::FullyDecoded);
        m_parsed = std::move(p);
    }
    return *m_parsed;
}

QUrl HttpRequest::parsedUrl() const
{
    return parsed().parsed;
}

QString HttpRequest::host() const
{
    return parsed().parsed.host().toLower();
}

QString HttpRequest::path() const
{
    const QString p = parsed().parsed.path(QUrl::FullyDecoded);
    return p.isEmpty() ? QStringLiteral("/") : p;
}

QString HttpRequest::query(const QString &name) const
{
    for (const auto &item : parsed().query) {
        if (item.first == name)
            return item.second;
    }
    return {};
}

int HttpRequest::queryCount(const QString &name) const
{
    int n = 0;
    for (const auto &item : parsed().query) {
        if (item.first == name)
            ++n;
    }
    return n;
}

QString HttpRequest::summary() const
{
    return method + QLatin1Char(' ') + parsed().parsed.toString(QUrl::RemoveQuery);
}

QJsonObject HttpRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("method"), method}, {QStringLiteral("url"), url}};
    if (!headers.entries().isEmpty())
        o.insert(QStringLiteral("headers"), headers.toJson());
    if (!body.isEmpty())
        o.insert(QStringLiteral("body"), QString::fromUtf8(body));
    return o;
}

HttpRequest HttpRequest::get(const QString &url)
{
    HttpRequest r;
    r.url = url;
    return r;
}

HttpRequest HttpRequest::withBody(const QString &method, const QString &url, const QByteArray &body,
                                  const QString &contentType)
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    r.body = body;
    if (!contentType.isEmpty())
        r.headers.set(QStringLiteral("Content-Type"), contentType);
    return r;
}

QJsonObject HttpResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonObject HttpResponse::toJson() const
{
    QJsonObject o{{QStringLiteral("status"), status}};
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    if (!headers.entries().isEmpty())
        o.insert(QStringLiteral("headers"), headers.toJson());
    if (!body.isEmpty())
        o.insert(QStringLiteral("body"), QString::fromUtf8(body));
    if (!networkError.isEmpty())
        o.insert(QStringLiteral("networkError"), networkError);
    return o;
}

QString HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 202:
        return QStringLiteral("Accepted");
    case 204:
        return QStringLiteral("No Content");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    default:
        return {};
    }
}

HttpResponse HttpResponse::make(int status, const QByteArray &body, const QString &contentType)
{
    HttpResponse r;
    r.status = status;
    r.reason = reasonPhrase(status);
    r.body = body;
    if (!contentType.isEmpty())
        r.headers.set(QStringLiteral("Content-Type"), contentType);
    return r;
}

HttpResponse HttpResponse::json(int status, const QJsonObject &body)
{
    return make(status, QJsonDocument(body).toJson(QJsonDocument::Compact),
                QStringLiteral("application/json; charset=utf-8"));
}

HttpResponse HttpResponse::failure(const QString &networkError)
{
    HttpResponse r;
    r.networkError = networkError;
    return r;
}

} // namespace Keyless::Sim
