"""The Present page: see positions.dashboard.presentation_mode."""

from positions.dashboard import presentation_mode

presentation_mode.render()
