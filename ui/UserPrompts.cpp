#include "UserPrompts.h"

#include <QMessageBox>

namespace wushe::ui {

namespace {

class MessageBoxPrompts final : public UserPrompts
{
public:
    void information(QWidget* parent, const QString& title, const QString& text) override
    {
        QMessageBox::information(parent, title, text);
    }
    void error(QWidget* parent, const QString& title, const QString& text) override
    {
        QMessageBox::critical(parent, title, text);
    }
};

} // namespace

bool UserPrompts::confirm(QWidget* parent, const QString& title, const QString& text)
{
    return QMessageBox::question(parent, title, text) == QMessageBox::Yes;
}

UserPrompts& UserPrompts::messageBoxes()
{
    static MessageBoxPrompts prompts;
    return prompts;
}

} // namespace wushe::ui
