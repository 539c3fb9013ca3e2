// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/measures.h"

#include <QWidget>

class QLabel;

namespace cc {

/**
 * One measure on the dashboard, readable at a glance: its name, its value in large type
 * ("93.5 %", "12.4 days", "No data"), its target ("target ≥ 95 %") and whether the value
 * meets it, said in words with a mark ("✓ on target") and shown by a coloured edge. Hovering
 * shows the formula, numerator and denominator. The tile takes focus with Tab; a click, Enter
 * or Space emits activated() (the dashboard opens the drill-down).
 */
class MeasureTile : public QWidget
{
    Q_OBJECT
public:
    explicit MeasureTile(MeasureKind kind, QWidget *parent = nullptr);

    MeasureKind kind() const { return m_kind; }
    void setValue(const MeasureValue &value);
    const MeasureValue &value() const { return m_value; }
    /// The large text: "93.5 %", "12.4 days" or "No data".
    QString valueText() const;
    /// "✓ on target", "✗ below target", … or empty.
    QString statusText() const;

    QSize sizeHint() const override;

signals:
    void activated(cc::MeasureKind kind);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void refresh();
    QColor statusColor() const;

    MeasureKind m_kind;
    MeasureValue m_value;
    bool m_pressed = false;
    QLabel *m_name = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_target = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace cc
