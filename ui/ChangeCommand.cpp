#include "ChangeCommand.h"

#include <QCoreApplication>

#include <utility>

namespace wushe::ui {

ChangeCommand::ChangeCommand(const ops::Change& change, Revert revert, Failed failed)
    : m_batch(change.batch), m_revert(std::move(revert)), m_failed(std::move(failed))
{
    setText(change.summary);
}

void ChangeCommand::undo()
{
    revert(QCoreApplication::translate("ChangeCommand", "撤销"));
}

void ChangeCommand::redo()
{
    if (std::exchange(m_pushed, false))
        return; // QUndoStack::push() calls redo(); the change is already in the file
    revert(QCoreApplication::translate("ChangeCommand", "重做"));
}

void ChangeCommand::revert(const QString& title)
{
    auto change = m_revert(m_batch);
    if (!change) {
        setObsolete(true);
        m_failed(title, change.error());
        return;
    }
    m_batch = change->batch;
}

} // namespace wushe::ui
