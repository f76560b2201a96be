#include "IntegrityChecker.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QThread>

namespace wushe::ui {

IntegrityChecker::IntegrityChecker(QObject* parent) : QObject(parent) {}

IntegrityChecker::~IntegrityChecker()
{
    if (m_thread)
        m_thread->wait();
}

void IntegrityChecker::start(const QString& path)
{
    wait(); // one check at a time
    QPointer<IntegrityChecker> self(this);
    m_thread = QThread::create([self, path] {
        const auto verdict = storage::Database::verify(path, storage::Database::IntegrityCheck::Full);
        const bool sound = verdict.has_value();
        const QString message = sound ? QString() : verdict.error().toString();
        if (self)
            QMetaObject::invokeMethod(self, [self, path, sound, message] {
                if (self)
                    emit self->finished(path, sound, message);
            }, Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

bool IntegrityChecker::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void IntegrityChecker::wait()
{
    if (m_thread)
        m_thread->wait();
    // Deliver the queued report now.
    QCoreApplication::sendPostedEvents(this);
}

} // namespace wushe::ui
