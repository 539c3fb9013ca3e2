// SPDX-License-Identifier: GPL-3.0-or-later
#include "measuretile.h"
#include "itemmodels/measureformat.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace cc {

namespace {
constexpr int kStripe = 6;
constexpr int kRadius = 6;
} // namespace

MeasureTile::MeasureTile(MeasureKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    m_value.kind = kind;
    setObjectName(QStringLiteral("tile_") + measures::info(kind).key);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kStripe + 10, 8, 10, 8);
    layout->setSpacing(2);
    m_name = new QLabel;
    m_name->setObjectName(QStringLiteral("tileName"));
    m_name->setWordWrap(true);
    m_number = new QLabel;
    m_number->setObjectName(QStringLiteral("tileValue"));
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_number->setFont(big);
    m_target = new QLabel;
    m_target->setObjectName(QStringLiteral("tileTarget"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("tileStatus"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    for (QLabel *l : {m_name, m_number, m_target, m_status}) {
        // Clicks land on the tile, wherever they are.
        l->setAttribute(Qt::WA_TransparentForMouseEvents);
        layout->addWidget(l);
    }
    layout->addStretch(1);
    refresh();
}

void MeasureTile::setValue(const MeasureValue &value)
{
    m_value = value;
    refresh();
}

QString MeasureTile::valueText() const
{
    return m_number->text();
}

QString MeasureTile::statusText() const
{
    return m_status->text();
}

QSize MeasureTile::sizeHint() const
{
    return {170, QWidget::sizeHint().height()};
}

QColor MeasureTile::statusColor() const
{
    // Darker shades on a light page, lighter ones on a dark page: ≥ 4.5:1 either way.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    switch (measureformat::status(measures::info(m_kind), m_value)) {
    case measureformat::TargetStatus::OnTarget:
        return dark ? QColor(0x81, 0xd4, 0x8f) : QColor(0x1b, 0x6e, 0x33);
    case measureformat::TargetStatus::OffTarget:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    case measureformat::TargetStatus::NoTarget:
    case measureformat::TargetStatus::NoData:
        break;
    }
    return palette().color(QPalette::Mid);
}

void MeasureTile::refresh()
{
    const MeasureInfo &info = measures::info(m_kind);
    m_name->setText(info.name);
    m_number->setText(measureformat::value(info, m_value));
    const QString target = measureformat::target(info);
    // Every tile keeps the same lines, so that the grid stays even.
    m_target->setText(target.isEmpty() ? tr("no common target") : target);
    const QString status = measureformat::statusText(info, m_value);
    m_status->setText(status);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, statusColor());
    m_status->setPalette(p);
    QPalette dim = m_name->palette();
    dim.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_target->setPalette(dim);
    if (status.isEmpty())
        m_status->setText(QStringLiteral(" "));
    setToolTip(measureformat::toolTip(info, m_value) + QStringLiteral("<br><i>")
        + (info.listsEncounters ? tr("Click or press Enter to list the encounters.")
                                : tr("Click or press Enter to list the claims."))
        + QStringLiteral("</i>"));
    setAccessibleName(tr("%1: %2").arg(info.name, m_number->text()));
    QStringList description {target, status.trimmed(), measureformat::numerator(info, m_value),
        measureformat::denominator(info, m_value)};
    description.removeAll(QString());
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    update();
}

void MeasureTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
    QPainterPath outline;
    outline.addRoundedRect(r, kRadius, kRadius);
    QColor base = palette().color(QPalette::Base);
    if (underMouse())
        base = palette().color(QPalette::AlternateBase);
    p.fillPath(outline, base);
    // The coloured edge on the left: the status at a glance (the words say it too).
    p.save();
    p.setClipPath(outline);
    p.fillRect(QRectF(r.left(), r.top(), kStripe, r.height()), statusColor());
    p.restore();
    const bool focused = hasFocus();
    p.setPen(QPen(focused ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid),
        focused ? 2.0 : 1.0));
    p.drawPath(outline);
}

void MeasureTile::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        setFocus(Qt::MouseFocusReason);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void MeasureTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_pressed) {
        m_pressed = false;
        if (rect().contains(event->position().toPoint()))
            emit activated(m_kind);
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void MeasureTile::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit activated(m_kind);
        event->accept();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MeasureTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

void MeasureTile::focusInEvent(QFocusEvent *event)
{
    update();
    QWidget::focusInEvent(event);
}

void MeasureTile::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

} // namespace cc
