// SPDX-License-Identifier: GPL-3.0-or-later
#include "inlinemessage.h"
#include "errorbox.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace cc {

InlineMessage::InlineMessage(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("inlineMessage"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    m_icon = new QLabel;
    m_icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("messageDetails"));
    m_details->setText(QStringLiteral("<a href=\"details\">%1</a>").arg(tr("Show details…")));
    m_details->setAlignment(Qt::AlignTop);
    m_details->hide();
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_details);
    connect(m_details, &QLabel::linkActivated, this,
        [this] { ui::showError(window(), m_title, m_error); });
    hide();
}

void InlineMessage::applyPalette(Severity severity)
{
    // Text colours that keep 4.5:1 on the window colour of light and of dark palettes.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QColor color;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (severity) {
    case Severity::Error:
        color = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Severity::Warning:
        color = dark ? QColor(0xff, 0xd5, 0x4f) : QColor(0x8a, 0x4b, 0x00);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Severity::Info:
        color = dark ? QColor(0x82, 0xb1, 0xff) : QColor(0x0b, 0x4f, 0x9c);
        icon = QStyle::SP_MessageBoxInformation;
        break;
    }
    QPalette p = m_text->palette();
    p.setColor(QPalette::WindowText, color);
    m_text->setPalette(p);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
}

void InlineMessage::showMessage(Severity severity, const QString &text)
{
    m_error = {};
    m_details->hide();
    applyPalette(severity);
    m_text->setText(text);
    setAccessibleName(text);
    show();
    // Screen readers announce the sentence as it appears.
    QAccessibleEvent event(m_text, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void InlineMessage::showError(const QString &title, const Error &error)
{
    showMessage(error.kind == Error::Kind::Invalid ? Severity::Warning : Severity::Error,
        error.userMessage);
    m_error = error;
    m_title = title;
    m_details->setVisible(!error.detail.isEmpty());
}

void InlineMessage::clearMessage()
{
    m_text->clear();
    m_error = {};
    m_details->hide();
    hide();
}

QString InlineMessage::text() const
{
    return m_text->text();
}

} // namespace cc
