#pragma once

class QApplication;

namespace wushe::ui {

// Sets an explicit Simplified-Chinese font: without one Qt falls back to
// Noto Sans CJK JP (Japanese glyph forms). WenQuanYi Micro Hei first because its
// PDF text layer extracts correctly (platform-notes pitfall 4).
void applyChineseFont(QApplication& app);

} // namespace wushe::ui
