//! The design system: colours, spacing, type scale and widget styles in one place, so every
//! screen looks like part of the same calm, professional tool.

use iced::widget::{button, container, pick_list, text, text_editor, text_input};
use iced::{Background, Border, Color, Theme, color};
use serde::{Deserialize, Serialize};

/// Spacing steps; layouts use only these.
pub mod space {
    pub const XS: f32 = 4.0;
    pub const S: f32 = 8.0;
    pub const M: f32 = 12.0;
    pub const L: f32 = 16.0;
    pub const XL: f32 = 24.0;
}

/// Type scale (logical pixels).
pub mod size {
    pub const SMALL: f32 = 12.0;
    pub const BODY: f32 = 14.0;
    pub const HEADING: f32 = 16.0;
    pub const TITLE: f32 = 20.0;
    pub const DISPLAY: f32 = 26.0;
}

/// The user's choice in Settings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    #[default]
    Light,
    Dark,
}

impl ThemeChoice {
    pub fn theme(self) -> Theme {
        match self {
            ThemeChoice::Light => Theme::custom(
                "Pressdesk light",
                iced::theme::Palette {
                    background: color!(0xf4f4f1),
                    text: color!(0x1e2329),
                    primary: color!(0x2f5d8c),
                    success: color!(0x2e7d4f),
                    warning: color!(0xa86a12),
                    danger: color!(0xb3261e),
                },
            ),
            ThemeChoice::Dark => Theme::custom(
                "Pressdesk dark",
                iced::theme::Palette {
                    background: color!(0x1b1e23),
                    text: color!(0xe3e6ea),
                    primary: color!(0x6f9fd6),
                    success: color!(0x5fb97f),
                    warning: color!(0xd9a441),
                    danger: color!(0xe5685f),
                },
            ),
        }
    }
}

/// Surfaces that hold content (cards, fields, the page) stand out from the window.
fn surface(theme: &Theme) -> Color {
    if theme.extended_palette().is_dark {
        color!(0x252a31)
    } else {
        Color::WHITE
    }
}

fn hairline(theme: &Theme) -> Color {
    let palette = theme.extended_palette();
    if palette.is_dark {
        color!(0x3a414b)
    } else {
        color!(0xd9d9d3)
    }
}

/// Secondary text: hints, counts, captions.
pub fn muted(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(
            theme
                .extended_palette()
                .background
                .base
                .text
                .scale_alpha(0.62),
        ),
    }
}

pub fn danger_text(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(theme.palette().danger),
    }
}

pub fn accent_text(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(theme.palette().primary),
    }
}

/// A card on the home screen or a group in the form.
pub fn card(theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(surface(theme))),
        border: Border {
            color: hairline(theme),
            width: 1.0,
            radius: 8.0.into(),
        },
        ..container::Style::default()
    }
}

/// The preview page: paper with a hairline edge, like the exported document. No shadow:
/// iced's software renderer (used where the GPU cannot draw, and chosen by iced itself
/// when no GPU can be created) leaves a shadow's old pixels behind when the page scrolls,
/// darker each time, and it cannot be known here which renderer iced picked.
pub fn page(theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(surface(theme))),
        border: Border {
            color: hairline(theme),
            width: 1.0,
            radius: 2.0.into(),
        },
        ..container::Style::default()
    }
}

/// Where a photo will stand until its thumbnail is made: a faint box of its shape.
pub fn placeholder(theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(hairline(theme).scale_alpha(0.35))),
        border: Border {
            color: hairline(theme),
            width: 1.0,
            radius: 2.0.into(),
        },
        ..container::Style::default()
    }
}

/// The bar with the file commands.
pub fn toolbar(theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(surface(theme))),
        border: Border {
            color: hairline(theme),
            width: 1.0,
            radius: 0.0.into(),
        },
        ..container::Style::default()
    }
}

/// A message under the toolbar: what was saved where, or what went wrong.
pub fn notice(theme: &Theme, is_error: bool) -> container::Style {
    let palette = theme.extended_palette();
    let tint = if is_error {
        palette.danger.base.color
    } else {
        palette.primary.base.color
    };
    container::Style {
        background: Some(Background::Color(tint.scale_alpha(0.12))),
        border: Border {
            color: tint.scale_alpha(0.5),
            width: 1.0,
            radius: 6.0.into(),
        },
        ..container::Style::default()
    }
}

/// The dimmed backdrop behind a question that must be answered.
pub fn backdrop(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(Color::BLACK.scale_alpha(0.45))),
        ..container::Style::default()
    }
}

pub fn tooltip(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(Background::Color(palette.background.base.text)),
        text_color: Some(palette.background.base.color),
        border: Border {
            radius: 4.0.into(),
            ..Border::default()
        },
        ..container::Style::default()
    }
}

/// A language tab: the chosen one is filled.
pub fn tab(active: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        if active {
            button::primary(theme, status)
        } else {
            quiet(theme, status)
        }
    }
}

/// A toolbar or row button: no fill until hovered, so rows of them stay calm.
pub fn quiet(theme: &Theme, status: button::Status) -> button::Style {
    let palette = theme.extended_palette();
    let base = button::Style {
        background: None,
        text_color: palette.background.base.text,
        border: Border {
            radius: 6.0.into(),
            ..Border::default()
        },
        ..button::Style::default()
    };
    match status {
        button::Status::Active => base,
        button::Status::Hovered | button::Status::Pressed => button::Style {
            background: Some(Background::Color(
                palette.background.strong.color.scale_alpha(0.6),
            )),
            ..base
        },
        button::Status::Disabled => button::Style {
            text_color: base.text_color.scale_alpha(0.4),
            ..base
        },
    }
}

/// A template card on the home screen: the whole card is the button.
pub fn card_button(theme: &Theme, status: button::Status) -> button::Style {
    let palette = theme.extended_palette();
    let border_color = match status {
        button::Status::Hovered | button::Status::Pressed => palette.primary.base.color,
        _ => hairline(theme),
    };
    button::Style {
        background: Some(Background::Color(surface(theme))),
        text_color: palette.background.base.text,
        border: Border {
            color: border_color,
            width: if matches!(status, button::Status::Hovered) {
                2.0
            } else {
                1.0
            },
            radius: 8.0.into(),
        },
        ..button::Style::default()
    }
}

/// Text fields: white surface, and a thick accent border when focused so the keyboard
/// position is always obvious.
pub fn input(theme: &Theme, status: text_input::Status) -> text_input::Style {
    let base = text_input::default(theme, status);
    let palette = theme.extended_palette();
    let border = match status {
        text_input::Status::Focused { .. } => Border {
            color: palette.primary.base.color,
            width: 2.0,
            radius: 4.0.into(),
        },
        text_input::Status::Hovered => Border {
            color: palette.background.base.text.scale_alpha(0.5),
            width: 1.0,
            radius: 4.0.into(),
        },
        _ => Border {
            color: hairline(theme),
            width: 1.0,
            radius: 4.0.into(),
        },
    };
    text_input::Style {
        background: Background::Color(surface(theme)),
        border,
        placeholder: palette.background.base.text.scale_alpha(0.45),
        ..base
    }
}

/// A field whose value cannot be used (a date or number that does not parse).
pub fn input_invalid(theme: &Theme, status: text_input::Status) -> text_input::Style {
    let style = input(theme, status);
    text_input::Style {
        border: Border {
            color: theme.palette().danger,
            width: 2.0,
            ..style.border
        },
        ..style
    }
}

pub fn editor(theme: &Theme, status: text_editor::Status) -> text_editor::Style {
    let base = text_editor::default(theme, status);
    let palette = theme.extended_palette();
    let border = match status {
        text_editor::Status::Focused { .. } => Border {
            color: palette.primary.base.color,
            width: 2.0,
            radius: 4.0.into(),
        },
        text_editor::Status::Hovered => Border {
            color: palette.background.base.text.scale_alpha(0.5),
            width: 1.0,
            radius: 4.0.into(),
        },
        _ => Border {
            color: hairline(theme),
            width: 1.0,
            radius: 4.0.into(),
        },
    };
    text_editor::Style {
        background: Background::Color(surface(theme)),
        border,
        placeholder: palette.background.base.text.scale_alpha(0.45),
        ..base
    }
}

/// Pick lists look like the text fields beside them.
pub fn pick(theme: &Theme, status: pick_list::Status) -> pick_list::Style {
    let palette = theme.extended_palette();
    let border_color = match status {
        pick_list::Status::Active => hairline(theme),
        _ => palette.primary.base.color,
    };
    pick_list::Style {
        text_color: palette.background.base.text,
        placeholder_color: palette.background.base.text.scale_alpha(0.45),
        handle_color: palette.background.base.text.scale_alpha(0.7),
        background: Background::Color(surface(theme)),
        border: Border {
            color: border_color,
            width: 1.0,
            radius: 4.0.into(),
        },
    }
}

/// A small label on a list row: a status, or a warning such as "conflict copy".
pub fn badge(theme: &Theme, warn: bool) -> container::Style {
    let palette = theme.extended_palette();
    let tint = if warn {
        palette.danger.base.color
    } else {
        palette.primary.base.color
    };
    container::Style {
        background: Some(Background::Color(tint.scale_alpha(0.12))),
        text_color: Some(palette.background.base.text),
        border: Border {
            color: tint.scale_alpha(0.35),
            width: 1.0,
            radius: 10.0.into(),
        },
        ..container::Style::default()
    }
}
