#pragma once

#include "Error.h"

#include <QObject>
#include <QPointer>

class QThread;

namespace wushe::ui {

// Runs the full integrity check of a database file on a worker thread (its own
// read-only connection), so a county's ten years open at once and the check's
// seconds pass in the background. Reports once through finished().
class IntegrityChecker : public QObject
{
    Q_OBJECT
public:
    explicit IntegrityChecker(QObject* parent = nullptr);
    ~IntegrityChecker() override;

    void start(const QString& path);
    bool isRunning() const;
    // Blocks until the running check has reported (tests, shutdown).
    void wait();

signals:
    void finished(const QString& path, bool sound, const QString& message);

private:
    QPointer<QThread> m_thread;
};

} // namespace wushe::ui
