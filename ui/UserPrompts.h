#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace wushe::ui {

// Messages that wait for the user. Windows take them through this seam so tests
// can record them instead of blocking on a modal box.
class UserPrompts
{
public:
    virtual ~UserPrompts() = default;
    virtual void information(QWidget* parent, const QString& title, const QString& text) = 0;
    virtual void error(QWidget* parent, const QString& title, const QString& text) = 0;
    // A yes/no question (e.g. before deleting); true for yes.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text);
    // One line of text (e.g. the 填表人 name), starting from `value`; nothing when
    // cancelled (the default: prompts that tests record answer only when they mean to).
    virtual std::optional<QString> text(QWidget* parent, const QString& title, const QString& label, const QString& value);

    // Message boxes (the default everywhere outside tests).
    static UserPrompts& messageBoxes();
};

} // namespace wushe::ui
