#pragma once

#include "Error.h"
#include "operations/Change.h"

#include <QUndoCommand>

#include <functional>

namespace wushe::ui {

// One record edit, delete or added visit on the 编辑 menu's undo stack. Undo reverts
// its batch of the change log, redo reverts that undo; each revert is itself a logged
// change (ops::Operations::revert). A refused revert (the row changed since) makes
// the command obsolete, so the stack drops it, and `failed` tells the user why.
class ChangeCommand : public QUndoCommand
{
public:
    using Revert = std::function<Result<ops::Change>(qint64 batch)>;
    using Failed = std::function<void(const QString& title, const Error& error)>;

    // `change` is already made: pushing the command does not make it again.
    ChangeCommand(const ops::Change& change, Revert revert, Failed failed);

    void undo() override;
    void redo() override;
    qint64 batch() const { return m_batch; } // what the next undo or redo reverts

private:
    void revert(const QString& title);

    qint64 m_batch;
    Revert m_revert;
    Failed m_failed;
    bool m_pushed = true;
};

} // namespace wushe::ui
