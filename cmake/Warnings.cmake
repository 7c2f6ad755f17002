# Warnings for the project's own code only; third-party headers are included as system headers.
add_library(bibob_warnings INTERFACE)
target_compile_options(bibob_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Woverloaded-virtual -Wconversion -Wsign-conversion -Wdouble-promotion
  -Wformat=2 -Wimplicit-fallthrough)
if(BIBOB_WARNINGS_AS_ERRORS)
  target_compile_options(bibob_warnings INTERFACE -Werror)
endif()
