# The house's dependency rules, checked on every build (cmake -P): a folder may include its
# own headers and those of the folders listed for it, nothing else. `cli/` is listed for no
# one: it is the face, and nothing includes it. A forbidden include stops the build with the
# file and line. Tests, benchmarks and fuzz targets may include anything.
cmake_minimum_required(VERSION 3.25)

set(BIBOB_ALLOWED_INCLUDES
  "util:"
  "model:util"
  "schemas:model,util"
  "yamlio:util"
  "matching:util"
  "lists:matching,util"
  "configuration:model,util,yamlio"
  "casefile:configuration,model,util,yamlio"
  "registries:configuration,model,util,yamlio"
  "signals:model,registries,screening,util"
  "store:configuration,model,schemas,util"
  "screening:casefile,configuration,matching,model,registries,util"
  "checks:configuration,matching,model,screening,signals,util,yamlio"
  "rendering:configuration,model,screening,util"
  "pipeline:casefile,configuration,lists,matching,model,registries,screening,signals,store,util"
  "scan:casefile,configuration,lists,matching,model,registries,screening,signals,store,util"
  "cli:casefile,checks,configuration,lists,matching,model,pipeline,registries,rendering,scan,schemas,screening,signals,store,util,yamlio")

set(violations "")
foreach(rule IN LISTS BIBOB_ALLOWED_INCLUDES)
  string(REPLACE ":" ";" parts "${rule}")
  list(GET parts 0 folder)
  list(LENGTH parts count)
  set(allowed "${folder}")
  if(count GREATER 1)
    list(GET parts 1 others)
    string(REPLACE "," ";" others "${others}")
    list(APPEND allowed ${others})
  endif()
  if(folder STREQUAL "checks" OR folder STREQUAL "cli")
    set(root "${SOURCE_DIR}/${folder}")
  else()
    set(root "${SOURCE_DIR}/lib/${folder}")
  endif()
  file(GLOB_RECURSE sources "${root}/*.cpp" "${root}/*.hpp")
  foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
      math(EXPR number "${number} + 1")
      if(line MATCHES "^#include \"([a-z_]+)/")
        set(target "${CMAKE_MATCH_1}")
        if(NOT target IN_LIST allowed)
          file(RELATIVE_PATH shown "${SOURCE_DIR}" "${source}")
          string(APPEND violations "\n  ${shown}:${number}: ${folder}/ may not include ${target}/")
        endif()
      elseif(line MATCHES "^#include <yaml-cpp/" AND folder STREQUAL "model")
        file(RELATIVE_PATH shown "${SOURCE_DIR}" "${source}")
        string(APPEND violations "\n  ${shown}:${number}: the core model may not include yaml-cpp")
      endif()
    endforeach()
  endforeach()
endforeach()

if(violations)
  message(FATAL_ERROR "includes that break the dependency rules (cmake/IncludeRules.cmake):${violations}")
endif()
